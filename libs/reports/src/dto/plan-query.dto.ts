import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { PlanFormat } from '@cordon/contracts';

export const PLAN_FORMATS: readonly PlanFormat[] = ['json', 'html'];

export class PlanQueryDto {
  @ApiPropertyOptional({
    enum: PLAN_FORMATS,
    description:
      'html: the print-ready page (A4 print CSS, boxes to tick, space for notes); json: the same plan as data. Without a format, `Accept: text/html` gives html, anything else json',
  })
  @IsOptional()
  @IsIn(PLAN_FORMATS)
  format?: PlanFormat;
}
