import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import {
  REVIEW_STATUSES,
  type CreateReviewActionRequest,
  type ReviewStatus,
  type UpdateReviewActionRequest,
  type UpdateReviewRequest,
} from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SECTION_MAX = 20_000;

export class UpdateReviewDto implements UpdateReviewRequest {
  @ApiPropertyOptional({ maxLength: SECTION_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  wentWell?: string;

  @ApiPropertyOptional({ maxLength: SECTION_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  wentWrong?: string;

  @ApiPropertyOptional({ maxLength: SECTION_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  contributingFactors?: string;

  @ApiPropertyOptional({ enum: ['completed'], description: 'sign the review off (the owner)' })
  @IsOptional()
  @IsIn(['completed'])
  status?: 'completed';
}

export class CreateReviewActionDto implements CreateReviewActionRequest {
  @ApiProperty({ example: 'Standard build on every SOC machine' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiProperty({ format: 'uuid', description: 'an active user' })
  @IsUUID()
  ownerId!: string;

  @ApiProperty({ example: '2026-12-31', description: 'the due day (UTC), today or later' })
  @IsString()
  @Matches(DAY, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn!: string;
}

export class UpdateReviewActionDto implements UpdateReviewActionRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsString()
  @Matches(DAY, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn?: string;

  @ApiPropertyOptional({ enum: ['done'] })
  @IsOptional()
  @IsIn(['done'])
  state?: 'done';
}

export class ReviewListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: ReviewStatus;
}

export class ReviewActionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true'], description: 'the caller’s own items (the only list)' })
  @IsOptional()
  @IsIn(['true'])
  mine?: 'true';

  @ApiPropertyOptional({ enum: ['open', 'done'] })
  @IsOptional()
  @IsIn(['open', 'done'])
  state?: 'open' | 'done';
}
