import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  ADVISORY_SEVERITIES,
  AdvisorySeverity,
  CreateAdvisoryRequest,
  UpdateAdvisoryRequest,
} from '@cordon/contracts';

const IDENTIFIER = /^\s*[A-Za-z0-9][A-Za-z0-9._-]{0,39}\s*$/;

export class AdvisoryDto implements CreateAdvisoryRequest {
  @ApiProperty({ example: 'MS03-026', description: "the vendor's identifier" })
  @IsString()
  @Matches(IDENTIFIER, { message: 'must be an identifier such as MS03-026' })
  identifier!: string;

  @ApiProperty({ example: 'Buffer overrun in RPC interface could allow code execution' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: ADVISORY_SEVERITIES })
  @IsIn(ADVISORY_SEVERITIES, { message: `must be one of ${ADVISORY_SEVERITIES.join(', ')}` })
  severity!: AdvisorySeverity;

  @ApiProperty({
    example: ['Windows XP Professional SP1', 'Windows 2000 Professional SP4'],
    description: "OS builds as devices' os field names them",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  affectedBuilds!: string[];

  @ApiProperty({
    example: 'MS03-026',
    description: "the patch as baselines' requiredPatches and devices' patches name it",
  })
  @IsString()
  @Matches(IDENTIFIER, { message: 'must be a patch name such as MS03-026' })
  patch!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;
}

export class UpdateAdvisoryDto extends PartialType(AdvisoryDto) implements UpdateAdvisoryRequest {}
