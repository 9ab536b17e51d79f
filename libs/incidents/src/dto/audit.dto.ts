import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { AuditFormat } from '@cordon/platform';

export const AUDIT_FORMATS: readonly AuditFormat[] = ['jsonl', 'csv'];

export class AuditQueryDto {
  @ApiPropertyOptional({
    enum: AUDIT_FORMATS,
    default: 'jsonl',
    description: 'jsonl: one JSON object per line; csv: a header row, actor and data as JSON',
  })
  @IsOptional()
  @IsIn(AUDIT_FORMATS)
  format?: AuditFormat;
}
