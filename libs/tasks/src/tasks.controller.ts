import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, TaskSummary, TaskView } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { CompleteTaskDto, ReasonDto, ReassignTaskDto } from './dto/task-commands.dto';
import { TaskQueryDto, TaskSummaryQueryDto } from './dto/task-query.dto';
import { TaskAssignmentService } from './task-assignment.service';
import { TaskClaimsService } from './task-claims.service';
import { TaskCompletionService } from './task-completion.service';
import { TaskQueriesService } from './task-queries.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly queries: TaskQueriesService,
    private readonly claims: TaskClaimsService,
    private readonly completion: TaskCompletionService,
    private readonly assignment: TaskAssignmentService,
  ) {}

  @Get()
  @Roles('owner', 'command', 'itu')
  @ApiOperation({ summary: 'Tasks, newest first; ITU members see their own department only' })
  @ApiPage('TaskView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(@Query() query: TaskQueryDto, @CurrentUser() user: AuthUser): Promise<Page<TaskView>> {
    return this.queries.list(query, user);
  }

  @Get('summary')
  @Roles('owner', 'command', 'itu')
  @ApiOperation({
    summary:
      "An incident's tasks counted per department and status; ITU members get their own department only",
  })
  @ApiView('TaskSummary')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  summary(
    @Query() query: TaskSummaryQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskSummary> {
    return this.queries.summary(query, user);
  }

  @Get(':id')
  @Roles('owner', 'command', 'itu')
  @ApiView('TaskView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return this.queries.get(id, user);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Roles('command', 'itu')
  @ApiOperation({ summary: 'Exclusive: exactly one claimer wins; 409 already_claimed' })
  @ApiView('TaskView')
  @ApiProblems(
    'validation_failed',
    'unauthorized',
    'forbidden',
    'not_found',
    'already_claimed',
    'invalid_transition',
  )
  claim(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return this.claims.claim(id, user);
  }

  @Post(':id/unclaim')
  @HttpCode(200)
  @Roles('owner', 'command', 'itu')
  @ApiView('TaskView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_transition')
  unclaim(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return this.claims.unclaim(id, user);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles('command', 'itu')
  @ApiOperation({ summary: '422 evidence_below_baseline names what is missing' })
  @ApiView('TaskView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
    'evidence_below_baseline',
  )
  complete(
    @UuidParam('id') id: string,
    @Body() dto: CompleteTaskDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskView> {
    return this.completion.complete(id, dto, user);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Roles('command')
  @ApiView('TaskView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'invalid_transition')
  verify(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<TaskView> {
    return this.completion.verify(id, user);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiView('TaskView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
  )
  reopen(
    @UuidParam('id') id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskView> {
    return this.completion.reopen(id, dto.reason, user);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Roles('owner', 'command')
  @ApiView('TaskView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
    'unprocessable',
  )
  reassign(
    @UuidParam('id') id: string,
    @Body() dto: ReassignTaskDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskView> {
    return this.assignment.reassign(id, dto, user);
  }
}
