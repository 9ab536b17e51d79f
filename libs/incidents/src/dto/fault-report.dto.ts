import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import type { FaultReportRequest } from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';

const noPlace = (dto: FaultReportDto) => !dto.lanId && !dto.siteId && !dto.staffId;

export class FaultReportDto implements FaultReportRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'lanId, siteId or staffId is required' })
  @ValidateIf((dto: FaultReportDto) => dto.lanId !== undefined || noPlace(dto))
  @IsUUID(undefined, { message: 'lanId, siteId or staffId is required' })
  lanId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "the caller's staff record (LAN and site from it)",
  })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reporterName?: string;

  @ApiPropertyOptional({ description: 'phone or email to call back' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contact?: string;

  @ApiProperty({ example: 'My PC is very slow and the network keeps dropping' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  description!: string;
}

export class FaultReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lanId?: string;
}
