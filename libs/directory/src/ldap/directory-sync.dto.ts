import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { QueryBoolean } from '../dto/fields';

export class DirectorySyncQueryDto {
  @ApiPropertyOptional({
    description: 'compute and answer the report without writing anything',
    default: false,
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  dryRun?: boolean;
}
