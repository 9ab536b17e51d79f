import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EligibleOwnerView, EventView, IncidentView, Page, TaskView } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { CreateActionTaskDto } from './dto/action-task.dto';
import {
  CreateIncidentDto,
  EditIncidentDto,
  EventsQueryDto,
  HandoverDto,
  IncidentQueryDto,
  IncidentStatusDto,
  IncidentUpdateDto,
} from './dto/incident.dto';
import { ActionTasksService } from './action-tasks.service';
import { IncidentLifecycleService } from './incident-lifecycle.service';
import { IncidentQueriesService } from './incident-queries.service';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('incidents')
export class IncidentsController {
  constructor(
    private readonly lifecycle: IncidentLifecycleService,
    private readonly queries: IncidentQueriesService,
    private readonly actions: ActionTasksService,
  ) {}

  @Post()
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Declare an incident with its one owner; reference INC-YYYY-NNNN' })
  @ApiView('IncidentView', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'unprocessable')
  create(@Body() dto: CreateIncidentDto, @CurrentUser() user: AuthUser): Promise<IncidentView> {
    return this.lifecycle.create(dto, user);
  }

  @Get()
  @Roles('owner', 'command', 'itu')
  @ApiPage('IncidentView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(
    @Query() query: IncidentQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<IncidentView>> {
    return this.queries.list(query, user);
  }

  @Get(':id')
  @Roles('owner', 'command', 'itu')
  @ApiView('IncidentView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<IncidentView> {
    return this.queries.get(id, user);
  }

  @Patch(':id')
  @Roles('owner', 'command')
  @ApiView('IncidentView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
  )
  edit(
    @UuidParam('id') id: string,
    @Body() dto: EditIncidentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<IncidentView> {
    return this.lifecycle.edit(id, dto, user);
  }

  @Post(':id/handover')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Only the current owner or an admin; both owners are told' })
  @ApiView('IncidentView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'unprocessable',
  )
  handover(
    @UuidParam('id') id: string,
    @Body() dto: HandoverDto,
    @CurrentUser() user: AuthUser,
  ): Promise<IncidentView> {
    return this.lifecycle.handover(id, dto, user);
  }

  @Get(':id/eligible-owners')
  @Roles('owner', 'command')
  @ApiOperation({
    summary: 'Active users who may own the incident (handover targets), its owner left out',
  })
  @ApiPage('EligibleOwnerView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  eligibleOwners(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<EligibleOwnerView>> {
    return this.queries.eligibleOwners(id, user);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiOperation({ summary: '409 close_blocked while LANs are down or tasks open, unless forced' })
  @ApiView('IncidentView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'close_blocked',
    'invalid_transition',
  )
  changeStatus(
    @UuidParam('id') id: string,
    @Body() dto: IncidentStatusDto,
    @CurrentUser() user: AuthUser,
  ): Promise<IncidentView> {
    return this.lifecycle.changeStatus(id, dto, user);
  }

  @Post(':id/updates')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'An update to staff; resets nextUpdateDueAt' })
  @ApiView('IncidentView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
  )
  postUpdate(
    @UuidParam('id') id: string,
    @Body() dto: IncidentUpdateDto,
    @CurrentUser() user: AuthUser,
  ): Promise<IncidentView> {
    return this.lifecycle.postUpdate(id, dto, user);
  }

  @Get(':id/events')
  @Roles('owner', 'command', 'itu')
  @ApiOperation({ summary: 'The timeline: events after sinceSeq, oldest first' })
  @ApiPage('EventView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  events(
    @UuidParam('id') id: string,
    @Query() query: EventsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<EventView>> {
    return this.queries.events(id, query, user);
  }

  @Post(':id/tasks')
  @Roles('owner', 'command')
  @ApiView('TaskView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'unprocessable',
  )
  createTask(
    @UuidParam('id') id: string,
    @Body() dto: CreateActionTaskDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskView> {
    return this.actions.create(id, dto, user);
  }
}
