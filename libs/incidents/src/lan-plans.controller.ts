import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LanPlanView, Page, WaiverView } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, PageQueryDto, UuidParam } from '@cordon/platform';
import { AddLansDto, LanTransitionDto, WaiveDto } from './dto/lan-plan.dto';
import { LanPlansService } from './lan-plans.service';
import { LanTransitionsService } from './lan-transitions.service';

@ApiTags('lan plans')
@ApiBearerAuth()
@Controller('incidents/:id')
export class LanPlansController {
  constructor(
    private readonly plans: LanPlansService,
    private readonly transitions: LanTransitionsService,
  ) {}

  @Post('lans')
  @Roles('owner', 'command')
  @ApiPage('LanPlanView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'unprocessable',
  )
  add(
    @UuidParam('id') id: string,
    @Body() dto: AddLansDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<LanPlanView>> {
    return this.plans.add(id, dto, user);
  }

  @Get('lans')
  @Roles('owner', 'command', 'itu')
  @ApiPage('LanPlanView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  list(
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<LanPlanView>> {
    return this.plans.list(id, query, user);
  }

  @Post('lans/:lanId/transitions')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiOperation({
    summary: 'shut_down creates cleanup tasks; reopened passes the gate or 409 reopen_blocked',
  })
  @ApiView('LanPlanView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
    'reopen_blocked',
  )
  transition(
    @UuidParam('id') id: string,
    @UuidParam('lanId') lanId: string,
    @Body() dto: LanTransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LanPlanView> {
    return this.transitions.transition(id, lanId, dto, user);
  }

  @Post('devices/:deviceId/waive')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiView('WaiverView')
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'not_found')
  waive(
    @UuidParam('id') id: string,
    @UuidParam('deviceId') deviceId: string,
    @Body() dto: WaiveDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WaiverView> {
    return this.transitions.waive(id, deviceId, dto, user);
  }
}
