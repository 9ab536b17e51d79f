import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role, ROLES } from '@cordon/contracts';
import { MAX_GROUP_LENGTH } from '@cordon/domain';

export class CreateGroupMappingDto {
  @ApiProperty({
    description: "The group as the provider names it (Entra ID: the group's object id)",
    maxLength: MAX_GROUP_LENGTH,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_GROUP_LENGTH)
  group!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for an itu mapping' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
}
