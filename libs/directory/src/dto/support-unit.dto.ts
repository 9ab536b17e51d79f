import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { SUPPORT_UNIT_KINDS, SupportUnitKind } from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';
import { CODE_MESSAGE, CODE_PATTERN, Trim } from './fields';

export class CreateSupportUnitDto {
  @ApiProperty({ example: 'SOC-ITU' })
  @Trim()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'Social Services IT Unit' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: SUPPORT_UNIT_KINDS })
  @IsIn(SUPPORT_UNIT_KINDS)
  kind!: SupportUnitKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;

  @ApiPropertyOptional({ example: 'Children and Families' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  section?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class SupportUnitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}
