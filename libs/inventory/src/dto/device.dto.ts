import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { DEVICE_HEALTH, DeviceHealth } from '@cordon/domain';
import { PageQueryDto } from '@cordon/platform';

export class DeviceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lanId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ enum: DEVICE_HEALTH })
  @IsOptional()
  @IsIn(DEVICE_HEALTH)
  health?: DeviceHealth;

  @ApiPropertyOptional({ description: 'part of the host name' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}

export class ComplianceQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}
