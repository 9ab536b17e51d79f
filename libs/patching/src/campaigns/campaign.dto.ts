import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ApproveCampaignRequest,
  CreateCampaignRequest,
  RecordTestResultRequest,
  ROLLOUT_DEVICE_STATUSES,
  RolloutDeviceStatus,
  RolloutOutcomeRequest,
  SetTestDevicesRequest,
  StartStageRequest,
  TEST_RESULTS,
  TestResult,
} from '@cordon/contracts';
import { PageQueryDto } from '@cordon/platform';

export class CreateCampaignDto implements CreateCampaignRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  advisoryId!: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'the like machines; left out, one per affected build is picked',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  testDeviceIds?: string[];
}

export class SetTestDevicesDto implements SetTestDevicesRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  testDeviceIds!: string[];
}

export class RecordTestResultDto implements RecordTestResultRequest {
  @ApiProperty({ enum: TEST_RESULTS })
  @IsIn(TEST_RESULTS, { message: 'must be passed or failed' })
  result!: TestResult;

  @ApiPropertyOptional({ example: 'Installed, rebooted, mail flows' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ApproveCampaignDto implements ApproveCampaignRequest {
  @ApiPropertyOptional({
    description:
      'required (10+ characters) to approve while a build is untested or a test has no result or failed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string;
}

export class StartStageDto implements StartStageRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  departmentId!: string;
}

export class RolloutOutcomeDto implements RolloutOutcomeRequest {
  @ApiProperty({ enum: ['patched', 'failed'] })
  @IsIn(['patched', 'failed'], { message: 'must be patched or failed' })
  outcome!: 'patched' | 'failed';

  @ApiPropertyOptional({ description: 'required when failed: what went wrong' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RolloutQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'ITU members: their own department only' })
  @IsOptional()
  @IsUUID()
  departmentId?: string;

  @ApiPropertyOptional({ enum: ROLLOUT_DEVICE_STATUSES })
  @IsOptional()
  @IsIn(ROLLOUT_DEVICE_STATUSES)
  status?: RolloutDeviceStatus;
}

export class CampaignEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  sinceSeq?: number;
}
