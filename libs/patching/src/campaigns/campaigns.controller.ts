import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CampaignSummaryView, CampaignView, EventView, Page } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, PageQueryDto, UuidParam } from '@cordon/platform';
import {
  ApproveCampaignDto,
  CampaignEventsQueryDto,
  CreateCampaignDto,
  RecordTestResultDto,
  SetTestDevicesDto,
  StartStageDto,
} from './campaign.dto';
import { CampaignStagesService } from './campaign-stages.service';
import { CampaignsService } from './campaigns.service';

@ApiTags('patching')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly stages: CampaignStagesService,
  ) {}

  @Get()
  @Roles('owner', 'command', 'itu')
  @ApiOperation({ summary: 'Patch campaigns, newest first, with device counts' })
  @ApiPage('CampaignSummaryView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<CampaignSummaryView>> {
    return this.campaigns.list(query, user);
  }

  @Post()
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'Starts a campaign for an advisory: like machines picked per affected build (desktops first) unless testDeviceIds are given; 409 while the advisory has one under way, 422 when no device runs an affected build',
  })
  @ApiView('CampaignView', 201)
  @ApiProblems(
    'validation_failed',
    'unauthorized',
    'forbidden',
    'not_found',
    'conflict',
    'unprocessable',
  )
  create(@Body() dto: CreateCampaignDto, @CurrentUser() user: AuthUser): Promise<CampaignView> {
    return this.campaigns.create(dto, user);
  }

  @Get(':id')
  @Roles('owner', 'command', 'itu')
  @ApiOperation({ summary: "The campaign's board; ITU members see their own department's stage" })
  @ApiView('CampaignView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<CampaignView> {
    return this.campaigns.get(id, user);
  }

  @Get(':id/events')
  @Roles('owner', 'command', 'itu')
  @ApiOperation({
    summary: "The campaign's events after sinceSeq, oldest first (the board polls it)",
  })
  @ApiPage('EventView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  events(
    @UuidParam('id') id: string,
    @Query() query: CampaignEventsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<EventView>> {
    return this.campaigns.events(id, query.sinceSeq ?? 0, query, user);
  }

  @Put(':id/test-devices')
  @Roles('owner', 'command')
  @ApiOperation({
    summary: "The owner's like machines, while testing; kept ones keep their results",
  })
  @ApiView('CampaignView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_transition')
  setTestDevices(
    @UuidParam('id') id: string,
    @Body() dto: SetTestDevicesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CampaignView> {
    return this.campaigns.setTestDevices(id, dto.testDeviceIds, user);
  }

  @Post(':id/test-devices/:deviceId/result')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Records what the test on a like machine found (again replaces it)' })
  @ApiView('CampaignView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_transition')
  recordTest(
    @UuidParam('id') id: string,
    @UuidParam('deviceId') deviceId: string,
    @Body() dto: RecordTestResultDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CampaignView> {
    return this.campaigns.recordTest(id, deviceId, dto, user);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('owner')
  @ApiOperation({
    summary:
      "The owner approves; 409 approval_blocked with blockers while a build is untested or a test has no result or failed, unless overrideReason is given. The patch joins the baseline's required patches",
  })
  @ApiView('CampaignView')
  @ApiProblems(
    'validation_failed',
    'unauthorized',
    'forbidden',
    'not_found',
    'approval_blocked',
    'invalid_transition',
  )
  approve(
    @UuidParam('id') id: string,
    @Body() dto: ApproveCampaignDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CampaignView> {
    return this.campaigns.approve(id, dto.overrideReason, user);
  }

  @Post(':id/stages')
  @HttpCode(201)
  @Roles('owner')
  @ApiOperation({
    summary:
      "Starts a department's stage: its affected devices without the patch become pending for its ITU; 409 when started already",
  })
  @ApiView('CampaignView', 201)
  @ApiProblems(
    'validation_failed',
    'unauthorized',
    'forbidden',
    'not_found',
    'conflict',
    'invalid_transition',
  )
  startStage(
    @UuidParam('id') id: string,
    @Body() dto: StartStageDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CampaignView> {
    return this.stages.start(id, dto.departmentId, user);
  }
}
