import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, RolloutDeviceView } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { RolloutOutcomeDto, RolloutQueryDto } from './campaign.dto';
import { RolloutService } from './rollout.service';

@ApiTags('patching')
@ApiBearerAuth()
@Controller('campaigns/:id/devices')
export class RolloutController {
  constructor(private readonly rollout: RolloutService) {}

  @Get()
  @Roles('owner', 'command', 'itu')
  @ApiOperation({
    summary: "Devices of started stages by host name; ITU members see their own department's",
  })
  @ApiPage('RolloutDeviceView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  list(
    @UuidParam('id') id: string,
    @Query() query: RolloutQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<RolloutDeviceView>> {
    return this.rollout.list(id, query, query, user);
  }

  @Post(':deviceId/claim')
  @HttpCode(200)
  @Roles('command', 'itu')
  @ApiOperation({
    summary: 'Exclusive: exactly one claimer wins; 409 already_claimed names the holder',
  })
  @ApiView('RolloutDeviceView')
  @ApiProblems(
    'validation_failed',
    'unauthorized',
    'forbidden',
    'not_found',
    'already_claimed',
    'invalid_transition',
  )
  claim(
    @UuidParam('id') id: string,
    @UuidParam('deviceId') deviceId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RolloutDeviceView> {
    return this.rollout.claim(id, deviceId, user);
  }

  @Post(':deviceId/release')
  @HttpCode(200)
  @Roles('owner', 'command', 'itu')
  @ApiOperation({ summary: 'Back to pending: by the claimer, the owner or command staff' })
  @ApiView('RolloutDeviceView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_transition')
  release(
    @UuidParam('id') id: string,
    @UuidParam('deviceId') deviceId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RolloutDeviceView> {
    return this.rollout.release(id, deviceId, user);
  }

  @Post(':deviceId/outcome')
  @HttpCode(200)
  @Roles('command', 'itu')
  @ApiOperation({
    summary:
      'Marks the device patched (its record gains the patch) or failed (note required); a failed live server of a critical service opens a linked incident with its fall-back plan',
  })
  @ApiView('RolloutDeviceView')
  @ApiProblems(
    'validation_failed',
    'unauthorized',
    'forbidden',
    'not_found',
    'already_claimed',
    'invalid_transition',
  )
  complete(
    @UuidParam('id') id: string,
    @UuidParam('deviceId') deviceId: string,
    @Body() dto: RolloutOutcomeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RolloutDeviceView> {
    return this.rollout.complete(id, deviceId, dto, user);
  }

  @Post(':deviceId/incident')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'Asks again for the incident of a failed device (when opening it failed); the same incident for a repeat',
  })
  @ApiView('RolloutDeviceView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'conflict')
  openIncident(
    @UuidParam('id') id: string,
    @UuidParam('deviceId') deviceId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RolloutDeviceView> {
    return this.rollout.openIncident(id, deviceId, user);
  }
}
