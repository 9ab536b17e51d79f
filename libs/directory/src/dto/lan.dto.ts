import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '@cordon/platform';
import { CODE_MESSAGE, CODE_PATTERN, Trim } from './fields';

export class CreateLanDto {
  @ApiProperty({ example: 'SOC-HALL' })
  @Trim()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'Social Services, Civic Hall' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  siteId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({ example: '10.20.1.0/24' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(18)
  cidr?: string;
}

export class LanQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;
}
