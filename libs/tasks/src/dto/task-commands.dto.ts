import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { CompleteTaskRequest, ReassignTaskRequest, TaskEvidence } from '@cordon/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PATCH = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export class TaskEvidenceDto implements TaskEvidence {
  @ApiProperty({ example: ['MS03-026', 'MS03-039'] })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Matches(PATCH, { each: true, message: 'each patch must be a patch name such as MS03-026' })
  patches!: string[];

  @ApiProperty({ example: '2026-02-10', description: 'YYYY-MM-DD' })
  @IsString()
  @Matches(DATE, { message: 'must be a date as YYYY-MM-DD' })
  avSignatureDate!: string;

  @ApiProperty()
  @IsBoolean()
  scanClean!: boolean;

  @ApiPropertyOptional({ example: 'Sophos Anti-Virus' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  avProduct?: string;
}

export class CompleteTaskDto implements CompleteTaskRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ type: TaskEvidenceDto, description: 'required for device tasks' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskEvidenceDto)
  evidence!: TaskEvidenceDto;
}

export class ReasonDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class ReassignTaskDto implements ReassignTaskRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'claims the task for this user' })
  @IsOptional()
  @IsUUID()
  toUserId?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueAt?: string | null;
}
