import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  CreateIncidentRequest,
  HandoverRequest,
  INCIDENT_STATUSES,
  IncidentStatus,
  IncidentStatusRequest,
  IncidentUpdateRequest,
} from '@cordon/contracts';
import { MAX_UPDATE_CADENCE_MINUTES, MIN_UPDATE_CADENCE_MINUTES } from '@cordon/domain';
import { PageQueryDto } from '@cordon/platform';

const trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateIncidentDto implements CreateIncidentRequest {
  @ApiProperty({ example: 'W32.Welchia in Social Services and Education' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ minimum: 1, maximum: 4, description: '1 is the most severe' })
  @IsInt()
  @Min(1)
  @Max(4)
  severity!: number;

  @ApiProperty()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  summary!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'an active user who may own (owner or command role); the caller when left out',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({
    minimum: MIN_UPDATE_CADENCE_MINUTES,
    maximum: MAX_UPDATE_CADENCE_MINUTES,
    default: 60,
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_UPDATE_CADENCE_MINUTES)
  @Max(MAX_UPDATE_CADENCE_MINUTES)
  updateCadenceMinutes?: number;
}

export class EditIncidentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 4 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  severity?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  summary?: string;

  @ApiPropertyOptional({ minimum: MIN_UPDATE_CADENCE_MINUTES, maximum: MAX_UPDATE_CADENCE_MINUTES })
  @IsOptional()
  @IsInt()
  @Min(MIN_UPDATE_CADENCE_MINUTES)
  @Max(MAX_UPDATE_CADENCE_MINUTES)
  updateCadenceMinutes?: number;
}

export class HandoverDto implements HandoverRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toUserId!: string;

  @ApiProperty({ example: 'End of shift; handing over to my deputy' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class IncidentStatusDto implements IncidentStatusRequest {
  @ApiProperty({ enum: INCIDENT_STATUSES })
  @IsIn(INCIDENT_STATUSES)
  to!: IncidentStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional({
    description: 'close despite LANs down or tasks open (owner, with reason)',
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

export class IncidentUpdateDto implements IncidentUpdateRequest {
  @ApiProperty({ example: 'SOC-HALL is being cleaned; 22 of 30 machines done.' })
  @trim()
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  message!: string;
}

export class IncidentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES)
  status?: IncidentStatus;

  @ApiPropertyOptional({ description: 'true: every status but closed' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  open?: boolean;
}

export class EventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 0, description: 'events after this seq (0: from the start)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  sinceSeq?: number;

  @ApiPropertyOptional({
    description:
      'true: only the events that matter to people (no task.created, broadcast.progress and other per-machine or per-recipient rows; see isSignificantEvent)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  significant?: boolean;

  @ApiPropertyOptional({
    type: String,
    example: 'lan.phase_changed,device.isolated',
    description: 'only these event types, comma-separated',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((t) => t.trim()) : value,
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(/^[a-z_]+\.[a-z_]+$/, {
    each: true,
    message: 'each type is noun.past_tense, e.g. lan.phase_changed',
  })
  types?: string[];
}
