import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  CreateCriticalServiceRequest,
  FallbackStep,
  UpdateCriticalServiceRequest,
} from '@cordon/contracts';
import { MAX_FALLBACK_STEPS, MAX_SERVERS, MAX_STEP_LENGTH } from '@cordon/domain';

export class FallbackStepDto implements FallbackStep {
  @ApiProperty({ example: 'Build the standby scanner with anti-virus scanning only' })
  // blank or whitespace only: the plan's rule says "must not be empty" (validateFallbackPlan)
  @IsString()
  @MaxLength(MAX_STEP_LENGTH)
  text!: string;

  @ApiProperty({ description: 'becomes a task of the incident at once' })
  @IsBoolean()
  firstStep!: boolean;
}

export class CreateCriticalServiceDto implements CreateCriticalServiceRequest {
  @ApiProperty({ example: 'Mail scanning' })
  @IsString()
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ nullable: true, example: 'Spam, content and virus scanning of all mail' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'the live servers (device ids)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SERVERS)
  @IsUUID('all', { each: true })
  serverIds!: string[];

  @ApiProperty({ type: [FallbackStepDto], description: 'in order; may be empty while unwritten' })
  @IsArray()
  @ArrayMaxSize(MAX_FALLBACK_STEPS)
  @ValidateNested({ each: true })
  @Type(() => FallbackStepDto)
  steps!: FallbackStepDto[];

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  standbyDeviceId?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'A spare DL380 in the CIT rack, anti-virus only',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  standbyDescription?: string | null;

  @ApiProperty({ format: 'uuid', description: 'an active user with the owner or command role' })
  @IsUUID()
  deciderId!: string;

  @ApiProperty({ example: '2026-11-20', description: 'YYYY-MM-DD' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  lastReviewedOn!: string;
}

export class UpdateCriticalServiceDto
  extends CreateCriticalServiceDto
  implements UpdateCriticalServiceRequest
{
  @ApiProperty({ description: 'the version the change was made from' })
  @IsInt()
  @Min(1)
  version!: number;
}
