import { Body, Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  DecisionView,
  WarpPreviewView,
  WarpPrompt,
  WarpSendingView,
  WarpSentView,
} from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { DecisionsService } from './decisions.service';
import { DecisionDto, WarpPreviewQueryDto, WarpSendingDto } from './dto/warp.dto';
import { WarpService } from './warp.service';

export const WARP_MARKDOWN_TYPE = 'text/markdown; charset=utf-8';

@ApiTags('warp')
@ApiBearerAuth()
@Controller('incidents')
export class WarpController {
  constructor(
    private readonly warp: WarpService,
    private readonly decisions: DecisionsService,
  ) {}

  @Get(':id/warp')
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'The anonymised WARP summary (no names, emails, mobiles, hostnames or IPs; departments as letters unless departmentNames=true), with its hash and the prompts to send one; format=md: the Markdown alone',
  })
  @ApiProduces('application/json', 'text/markdown')
  @ApiView('WarpPreviewView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async preview(
    @UuidParam('id') id: string,
    @Query() query: WarpPreviewQueryDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WarpPreviewView | string> {
    const view = await this.warp.preview(id, user, {
      departmentNames: query.departmentNames === 'true',
    });
    if (query.format !== 'md') return view;
    res.type(WARP_MARKDOWN_TYPE);
    res.setHeader('Content-Disposition', `inline; filename="${view.summary.reference}-warp.md"`);
    return view.markdown;
  }

  @Get(':id/warp/prompts')
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'The moments the owner should feed the WARP (declared, first detection, each decision, every LAN reopened, recovered), each answered by a later sending',
  })
  @ApiView('WarpPromptList')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async prompts(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<{ items: WarpPrompt[] }> {
    return { items: await this.warp.prompts(id, user) };
  }

  @Get(':id/warp/sendings')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Every sending of a WARP summary, newest first (from the event log)' })
  @ApiView('WarpSendingList')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async sendings(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<{ items: WarpSendingView[] }> {
    return { items: await this.warp.sendings(id, user) };
  }

  @Post(':id/warp/sendings')
  @Roles('owner', 'command')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Send the summary: emailed to WARP_EMAIL through the outbox when it is set, else recorded as sent by hand; either way a warp.summary_sent event with its hash and the prompts it answers',
  })
  @ApiView('WarpSentView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'unprocessable',
  )
  send(
    @UuidParam('id') id: string,
    @Body() dto: WarpSendingDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WarpSentView> {
    return this.warp.send(id, user, dto);
  }

  @Post(':id/decisions')
  @Roles('owner', 'command')
  @ApiOperation({
    summary:
      'The owner marks a decision (incident.decision_marked): a moment to feed the WARP; the text stays inside the council',
  })
  @ApiView('DecisionView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'invalid_transition',
  )
  decide(
    @UuidParam('id') id: string,
    @Body() dto: DecisionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DecisionView> {
    return this.decisions.mark(id, user, dto);
  }
}
