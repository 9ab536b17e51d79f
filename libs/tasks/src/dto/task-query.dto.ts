import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { TASK_KINDS, TASK_STATUSES, TaskKind, TaskStatus } from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';

export class TaskQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  incidentId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'ITU members always get their own' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ enum: TASK_KINDS })
  @IsOptional()
  @IsIn(TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  deviceId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lanId?: string;

  @ApiPropertyOptional({ description: 'only tasks past their due time that still need work' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
  )
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: '`me` or a user id' })
  @IsOptional()
  @ValidateIf((query: TaskQueryDto) => query.claimedBy !== 'me')
  @IsUUID(undefined, { message: 'must be a UUID or "me"' })
  claimedBy?: string;
}

export class TaskSummaryQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  incidentId!: string;
}
