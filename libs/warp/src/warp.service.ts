import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type {
  WarpPreviewView,
  WarpPrompt,
  WarpSendingRequest,
  WarpSendingView,
  WarpSentView,
  WarpSummary,
} from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  assertMayShareWarp,
  buildWarpSummary,
  canonicalJson,
  denyList,
  nameTerms,
  renderWarpMarkdown,
  WarpLogEvent,
  warpPrompts,
  warpSendingAnswers,
  warpSendings,
} from '@cordon/domain';
import { IncidentAccess } from '@cordon/incidents';
import { APP_CONFIG, AppConfig, Spine } from '@cordon/platform';
import { WarpRepository } from './warp.repository';

export interface WarpOptions {
  departmentNames: boolean;
  narrative?: string | null;
}

interface Built {
  events: WarpLogEvent[];
  summary: WarpSummary;
  markdown: string;
  hash: string;
}

export const warpHash = (summary: WarpSummary): string =>
  createHash('sha256').update(canonicalJson(summary)).digest('hex');

/**
 * WARP summaries of an incident, for its owner and command staff: previewed, sent (by
 * email to the configured WARP address through the outbox, or recorded as sent by
 * hand), and the prompts to send one, all read from the incident's event log.
 */
@Injectable()
export class WarpService {
  constructor(
    private readonly access: IncidentAccess,
    private readonly repository: WarpRepository,
    private readonly spine: Spine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(id: string, user: AuthUser, options: WarpOptions): Promise<WarpPreviewView> {
    await this.mayShare(id, user);
    const built = await this.build(id, options);
    return {
      summary: built.summary,
      markdown: built.markdown,
      hash: built.hash,
      prompts: warpPrompts(built.events),
      warpEmail: this.config.warpEmail,
    };
  }

  async prompts(id: string, user: AuthUser): Promise<WarpPrompt[]> {
    await this.mayShare(id, user);
    return warpPrompts(await this.repository.events(id));
  }

  async sendings(id: string, user: AuthUser): Promise<WarpSendingView[]> {
    await this.mayShare(id, user);
    return warpSendings(await this.repository.events(id));
  }

  /**
   * Records a sending as `warp.summary_sent` with the summary's hash and the prompts it
   * answers; with a WARP address configured the summary is queued to it by email in the
   * same transaction, otherwise it is recorded as sent by hand (downloaded).
   */
  async send(id: string, user: AuthUser, request: WarpSendingRequest): Promise<WarpSentView> {
    const { incident } = await this.mayShare(id, user);
    const built = await this.build(id, {
      departmentNames: request.departmentNames ?? false,
      narrative: request.narrative ?? null,
    });
    const answers = warpSendingAnswers(warpPrompts(built.events), request.promptId);
    const to = this.config.warpEmail;
    const sendingId = randomUUID();
    const sentBy = { id: user.id, name: user.name };
    await this.spine.run(actorOf(user), async (tx) => {
      tx.appendToIncident(id, 'warp.summary_sent', {
        sendingId,
        hash: built.hash,
        asOfSeq: built.summary.asOfSeq,
        via: to ? 'email' : 'by_hand',
        to,
        sentBy,
        answers: answers.map((p) => p.id),
        moments: [...new Set(answers.map((p) => p.moment))],
        departmentNames: built.summary.departmentNames,
        withNarrative: built.summary.narrative !== null,
      });
      if (to)
        await tx.enqueue({
          queue: 'warp-email',
          name: 'warp.email',
          jobId: `warp-email-${sendingId}`,
          payload: {
            incidentId: id,
            sendingId,
            to,
            subject: `WARP summary: ${incident.reference} (${built.summary.threat.name ?? 'incident'})`,
            text: built.markdown,
          },
        });
    });
    const sendings = warpSendings(await this.repository.events(id));
    const sending = sendings.find((s) => s.sendingId === sendingId);
    if (!sending) throw new Error(`sending ${sendingId} was not recorded`);
    return { sending, summary: built.summary, markdown: built.markdown };
  }

  private async mayShare(id: string, user: AuthUser) {
    const loaded = await this.access.load(id, user, 'read');
    assertMayShareWarp(user, {
      ownerId: loaded.incident.ownerId,
      departmentIds: loaded.departmentIds,
    });
    return loaded;
  }

  private async build(id: string, options: WarpOptions): Promise<Built> {
    const [events, devicesPerLan, terms, names] = await Promise.all([
      this.repository.events(id),
      this.repository.devicesPerPlannedLan(id),
      this.repository.denyTerms(),
      options.departmentNames ? this.repository.departmentNames() : Promise.resolve(null),
    ]);
    const list = denyList(
      terms.flatMap((t) =>
        t.kind === 'name' ? nameTerms(t.text).map((text) => ({ text, kind: t.kind })) : [t],
      ),
    );
    const summary = buildWarpSummary({
      events,
      devicesPerLan,
      departmentNames: names,
      narrative: options.narrative ?? null,
      denyList: list,
      generatedAt: new Date(),
    });
    return { events, summary, markdown: renderWarpMarkdown(summary), hash: warpHash(summary) };
  }
}
