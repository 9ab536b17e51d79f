import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '@cordon/platform';
import { QueryBoolean, Trim } from './fields';

export class StaffQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lanId?: string;

  @ApiPropertyOptional({ description: 'part of the name or email, any case' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  q?: string;
}

export class ImportQueryDto {
  @ApiPropertyOptional({
    description: 'also remove rows missing from the file (the file is then the whole list)',
    default: false,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  prune?: boolean;
}
