import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIP,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { DetectionRequest } from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';

export class DetectionDto implements DetectionRequest {
  @ApiPropertyOptional({ example: 'SOC-PC-017', description: 'hostname or ip (or both)' })
  @ValidateIf((dto: DetectionDto) => dto.hostname !== undefined || dto.ip === undefined)
  @IsString({ message: 'hostname or ip is required' })
  @MinLength(1)
  @MaxLength(253)
  hostname?: string;

  @ApiPropertyOptional({ example: '10.20.1.17' })
  @IsOptional()
  @IsIP('4', { message: 'must be an IPv4 address' })
  ip?: string;

  @ApiProperty({ example: 'W32.Welchia.Worm: TCP 135 scan' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  signature!: string;

  @ApiProperty({ example: 'ids-core-1' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source!: string;
}

export class DetectionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  deviceId?: string;
}
