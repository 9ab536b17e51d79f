import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type {
  AcknowledgementView,
  BroadcastAccepted,
  BroadcastPreview,
  BroadcastView,
  DeliveryView,
  Page,
  RetryFailedResult,
  SilentRecipientView,
  UnreachableRecipientView,
} from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, PageQueryDto, UuidParam } from '@cordon/platform';
import { AcknowledgementsService } from './acknowledgements.service';
import { BroadcastPreviewService } from './broadcast-preview.service';
import { BroadcastReadsService } from './broadcast-reads.service';
import { BroadcastsService } from './broadcasts.service';
import { DeliveryQueryDto, RecordAcknowledgementDto } from './dto/broadcast-queries.dto';
import { BroadcastPreviewDto, CreateBroadcastDto } from './dto/create-broadcast.dto';

@ApiTags('broadcasts')
@ApiBearerAuth()
@Controller()
@Roles('owner', 'command')
export class BroadcastsController {
  constructor(
    private readonly broadcasts: BroadcastsService,
    private readonly reads: BroadcastReadsService,
    private readonly acks: AcknowledgementsService,
    private readonly previews: BroadcastPreviewService,
  ) {}

  @Post('incidents/:id/broadcasts')
  @HttpCode(202)
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiView('BroadcastAccepted', 202)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'idempotency_mismatch',
  )
  create(
    @UuidParam('id') incidentId: string,
    @Body() dto: CreateBroadcastDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<BroadcastAccepted> {
    return this.broadcasts.create(incidentId, dto, key, user);
  }

  @Post('incidents/:id/broadcasts/preview')
  @HttpCode(200)
  @ApiView('BroadcastPreview')
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'not_found')
  preview(
    @UuidParam('id') incidentId: string,
    @Body() dto: BroadcastPreviewDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BroadcastPreview> {
    return this.previews.preview(incidentId, dto, user);
  }

  @Get('incidents/:id/broadcasts')
  @ApiPage('BroadcastView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  list(
    @UuidParam('id') incidentId: string,
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<BroadcastView>> {
    return this.reads.listForIncident(incidentId, query, user);
  }

  @Get('broadcasts/:id')
  @ApiView('BroadcastView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<BroadcastView> {
    return this.reads.get(id, user);
  }

  @Get('broadcasts/:id/deliveries')
  @ApiPage('DeliveryView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  deliveries(
    @UuidParam('id') id: string,
    @Query() query: DeliveryQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<DeliveryView>> {
    return this.reads.deliveries(id, query, user);
  }

  @Get('broadcasts/:id/silent')
  @ApiPage('SilentRecipientView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  silent(
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<SilentRecipientView>> {
    return this.reads.silent(id, query, user);
  }

  @Get('broadcasts/:id/unreachable')
  @ApiPage('UnreachableRecipientView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  unreachable(
    @UuidParam('id') id: string,
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<UnreachableRecipientView>> {
    return this.reads.unreachable(id, query, user);
  }

  @Post('broadcasts/:id/retry-failed')
  @HttpCode(200)
  @ApiView('RetryFailedResult')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  retryFailed(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RetryFailedResult> {
    return this.broadcasts.retryFailed(id, user);
  }

  @Post('broadcasts/:id/acknowledgements')
  @HttpCode(200)
  @ApiView('AcknowledgementView')
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'not_found')
  acknowledge(
    @UuidParam('id') id: string,
    @Body() dto: RecordAcknowledgementDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AcknowledgementView> {
    return this.acks.byHand(id, dto, user);
  }
}
