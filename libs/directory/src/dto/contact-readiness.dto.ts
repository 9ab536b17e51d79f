import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { ContactGap } from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';

const GAPS: ContactGap[] = ['no_mobile', 'invalid_mobile', 'no_sms_consent'];

export class ContactGapQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ enum: GAPS, description: 'only this reason SMS does not reach them' })
  @IsOptional()
  @IsIn(GAPS)
  gap?: ContactGap;
}
