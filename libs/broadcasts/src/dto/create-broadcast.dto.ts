import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { BroadcastChannel } from '@cordon/contracts';

export class AudienceDto {
  @ApiPropertyOptional({ description: 'every member of staff' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  departmentIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  siteIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  lanIds?: string[];
}

export class CreateBroadcastDto {
  @ApiProperty({ type: AudienceDto })
  @IsDefined({ message: 'audience is required' })
  @IsObject()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience!: AudienceDto;

  @ApiProperty({ type: [String], enum: ['email', 'sms'], example: ['email', 'sms'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(['email', 'sms'], { each: true })
  channels!: BroadcastChannel[];

  @ApiProperty({ example: '{{reference}}: your network {{lan}} closes at 14:00' })
  @IsString()
  @MaxLength(200)
  subject!: string;

  @ApiProperty({
    description:
      'Template: {{name}}, {{reference}}, {{title}}, {{lan}}, {{nextUpdate}}, {{ackLink}}',
  })
  @IsString()
  @MaxLength(5_000)
  body!: string;

  @ApiPropertyOptional({
    description:
      'The SMS text, a template like body; without it the SMS is the subject (plus "Reply YES…" with requireAck)',
    example: '{{reference}}: network {{lan}} closes at 14:00.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  smsBody?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  requireAck?: boolean;

  @ApiPropertyOptional({ description: 'with requireAck; ACK_ESCALATION_MINUTES when not given' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  escalateAfterMinutes?: number;
}

export class BroadcastPreviewDto {
  @ApiProperty({ type: AudienceDto })
  @IsDefined({ message: 'audience is required' })
  @IsObject()
  @ValidateNested()
  @Type(() => AudienceDto)
  audience!: AudienceDto;

  @ApiProperty({ type: [String], enum: ['email', 'sms'], example: ['email', 'sms'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(['email', 'sms'], { each: true })
  channels!: BroadcastChannel[];

  @ApiPropertyOptional({ default: false, description: 'accepted; it changes no count' })
  @IsOptional()
  @IsBoolean()
  requireAck?: boolean;
}
