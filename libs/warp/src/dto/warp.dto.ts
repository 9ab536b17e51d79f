import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  DecisionRequest,
  WARP_FORMATS,
  WARP_MOMENTS,
  WarpFormat,
  WarpSendingRequest,
} from '@cordon/contracts';
import { DECISION_MAX_LENGTH } from '@cordon/domain';

const trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const NARRATIVE_MAX_LENGTH = 4000;

export class WarpPreviewQueryDto {
  @ApiPropertyOptional({
    enum: WARP_FORMATS,
    default: 'json',
    description: 'json: the summary, its Markdown, hash and prompts; md: the Markdown alone',
  })
  @IsOptional()
  @IsIn(WARP_FORMATS)
  format?: WarpFormat;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: departments by name; false: as letters A, B, C… in order of appearance',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  departmentNames?: 'true' | 'false';
}

export class WarpSendingDto implements WarpSendingRequest {
  @ApiPropertyOptional({ default: false, description: 'departments by name in this summary' })
  @IsOptional()
  @IsBoolean()
  departmentNames?: boolean;

  @ApiPropertyOptional({
    maxLength: NARRATIVE_MAX_LENGTH,
    description:
      'the owner’s words for the WARP; refused (422, `kinds`) when it names a person, email, phone, host, IP, site, LAN or (without department names) a department',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NARRATIVE_MAX_LENGTH)
  narrative?: string;

  @ApiPropertyOptional({
    example: 'declared:1',
    description: `the prompt this sending answers (\`<moment>:<seq>\`, moments: ${WARP_MOMENTS.join(', ')})`,
  })
  @IsOptional()
  @IsString()
  @Matches(new RegExp(`^(${WARP_MOMENTS.join('|')}):\\d+$`), {
    message: 'promptId must be <moment>:<seq>, e.g. declared:1',
  })
  promptId?: string;
}

export class DecisionDto implements DecisionRequest {
  @ApiProperty({ maxLength: DECISION_MAX_LENGTH, example: 'Shut every Social Services LAN' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(DECISION_MAX_LENGTH)
  text!: string;
}
