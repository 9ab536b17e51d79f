import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { CreateDirectiveRequest } from '@cordon/contracts';

export class CreateDirectiveDto implements CreateDirectiveRequest {
  @ApiProperty({ example: 'Install the RPC patch (MS03-026) on every machine by 18:00' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @ValidateIf((dto: CreateDirectiveDto) => !dto.allDepartments || dto.departmentIds !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  departmentIds?: string[];

  @ApiPropertyOptional({ description: 'address every department' })
  @IsOptional()
  @IsBoolean()
  allDepartments?: boolean;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  dueAt!: string;
}
