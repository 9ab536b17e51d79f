import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ReportFormat } from '@cordon/contracts';

export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'html', 'md'];

export class ReportQueryDto {
  @ApiPropertyOptional({
    enum: REPORT_FORMATS,
    description:
      'json (the default; `Accept: text/html` without a format gives html), html: the printable page with its charts, md: Markdown',
  })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}
