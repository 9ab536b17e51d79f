import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { BroadcastChannel, DeliveryStatus } from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';

export class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['queued', 'sending', 'sent', 'delivered', 'failed', 'skipped'] })
  @IsOptional()
  @IsIn(['queued', 'sending', 'sent', 'delivered', 'failed', 'skipped'])
  status?: DeliveryStatus;

  @ApiPropertyOptional({ enum: ['email', 'sms'] })
  @IsOptional()
  @IsIn(['email', 'sms'])
  channel?: BroadcastChannel;
}

export class RecordAcknowledgementDto {
  @ApiProperty({ format: 'uuid', description: 'the member of staff who acknowledged' })
  @IsUUID()
  staffId!: string;

  @ApiPropertyOptional({ example: 'Called the office; confirmed by phone' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
