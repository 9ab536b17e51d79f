import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches, ValidateIf } from 'class-validator';

export class PutBaselineDto {
  @ApiProperty({ example: ['MS03-026', 'MS03-039', 'MS03-007'] })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Matches(/^\s*[A-Za-z0-9][A-Za-z0-9._-]{0,39}\s*$/, {
    each: true,
    message: 'each patch must be a name such as MS03-026 (letters, digits, . _ -)',
  })
  requiredPatches!: string[];

  @ApiProperty({
    example: '2026-02-01',
    nullable: true,
    description: 'YYYY-MM-DD, or null for any',
  })
  @ValidateIf((o: PutBaselineDto) => o.minAvSignatureDate !== null)
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  minAvSignatureDate!: string | null;
}
