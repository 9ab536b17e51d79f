import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { AddLansRequest, LanTransitionRequest, WaiveRequest } from '@cordon/contracts';

const TARGETS = ['shut_down', 'cleaning', 'reopened'] as const;

export class AddLansDto implements AddLansRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  lanIds!: string[];
}

export class LanTransitionDto implements LanTransitionRequest {
  @ApiProperty({ enum: TARGETS })
  @IsIn(TARGETS)
  to!: (typeof TARGETS)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'due time of the cleanup tasks' })
  @IsOptional()
  @IsISO8601({ strict: true })
  taskDueAt?: string;

  @ApiPropertyOptional({ default: true, description: "notice to the LAN's staff" })
  @IsOptional()
  @IsBoolean()
  notifyStaff?: boolean;
}

export class WaiveDto implements WaiveRequest {
  @ApiProperty({ example: 'Unplugged for good; to be disposed of' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}
