import { Body, Controller, Get, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {
  Page,
  ReviewActionView,
  ReviewSummaryView,
  ReviewView,
  UserRef,
} from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import {
  CreateReviewActionDto,
  ReviewActionsQueryDto,
  ReviewListQueryDto,
  UpdateReviewActionDto,
  UpdateReviewDto,
} from './dto/review.dto';
import { EvidencePackService } from './evidence-pack.service';
import { ReviewWritesService } from './review-writes.service';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@ApiBearerAuth()
@Controller()
export class ReviewsController {
  constructor(
    private readonly reads: ReviewsService,
    private readonly writes: ReviewWritesService,
    private readonly evidence: EvidencePackService,
  ) {}

  @Get('incidents/:id/review')
  @Roles('owner', 'command', 'itu')
  @ApiOperation({ summary: 'The post-incident review (opened when the incident closed)' })
  @ApiView('ReviewView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<ReviewView> {
    return this.reads.get(id, user);
  }

  @Patch('incidents/:id/review')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Write its sections (owner, command) or sign it off (the owner)' })
  @ApiView('ReviewView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
  )
  update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateReviewDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReviewView> {
    return this.writes.update(id, dto, user);
  }

  @Post('incidents/:id/review/actions')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Add an action item with an owner and a due day' })
  @ApiView('ReviewActionView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
  )
  addAction(
    @UuidParam('id') id: string,
    @Body() dto: CreateReviewActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReviewActionView> {
    return this.writes.addAction(id, dto, user);
  }

  @Patch('incidents/:id/review/actions/:actionId')
  @Roles('owner', 'command', 'itu', 'staff')
  @ApiOperation({ summary: 'Change an action item, or mark it done (its owner too)' })
  @ApiView('ReviewActionView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
  )
  changeAction(
    @UuidParam('id') id: string,
    @UuidParam('actionId') actionId: string,
    @Body() dto: UpdateReviewActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReviewActionView> {
    return this.writes.changeAction(id, actionId, dto, user);
  }

  @Get('incidents/:id/review/assignees')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Who an action item may be given to (owners, command, ITU), by name' })
  @ApiPage('UserRef')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async assignees(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<UserRef>> {
    return { items: await this.reads.assignees(id, user), nextCursor: null };
  }

  @Get('incidents/:id/evidence')
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'The evidence pack (zip): report, audit export with its hash chain, review, ISO mapping, README',
  })
  @ApiResponse({
    status: 200,
    description: 'A zip archive',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async evidencePack(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const pack = await this.evidence.build(id, user);
    return new StreamableFile(pack.body, {
      type: 'application/zip',
      disposition: `attachment; filename="${pack.filename}"`,
    });
  }

  @Get('reviews')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Reviews, newest first, with their open and overdue action items' })
  @ApiPage('ReviewSummaryView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(@Query() query: ReviewListQueryDto): Promise<Page<ReviewSummaryView>> {
    return this.reads.list(query);
  }

  @Get('review-actions')
  @ApiOperation({ summary: 'The caller’s own action items (mine=true), by due day' })
  @ApiPage('ReviewActionView')
  @ApiProblems('validation_failed', 'unauthorized')
  mine(
    @Query() query: ReviewActionsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<ReviewActionView>> {
    return this.reads.mine(query, user);
  }
}
