import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CODE_MESSAGE, CODE_PATTERN, Trim } from './fields';

export class CreateDepartmentDto {
  @ApiProperty({ example: 'SOC' })
  @Trim()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code!: string;

  @ApiProperty({ example: 'Social Services' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}
