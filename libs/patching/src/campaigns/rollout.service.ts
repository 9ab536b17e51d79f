import { Injectable, Logger } from '@nestjs/common';
import type { Page, RolloutDeviceStatus, RolloutDeviceView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DeviceRecordsService } from '@cordon/inventory';
import {
  assertMayWorkOnRollout,
  conflict,
  decideRolloutDevice,
  forbidden,
  hasAnyRole,
  notFound,
  readableDepartment,
  RolloutCommand,
} from '@cordon/domain';
import { KeysetRequest, Spine, ValidationProblem } from '@cordon/platform';
import { AdvisoryRepository } from './advisory.repository';
import { campaignStream } from './advisory-views';
import { PatchFailureIncidents } from './campaign-failure.port';
import { CampaignStagesService } from './campaign-stages.service';
import { CampaignRepository } from './campaign.repository';
import { toRolloutDeviceView } from './campaign-views';
import { subject } from './campaigns.service';
import { RolloutDeviceRow, RolloutRepository } from './rollout.repository';

/**
 * The ITUs' side of a stage: claim a pending device of your department (exactly one
 * claimer wins: one guarded UPDATE; the loser gets `already_claimed` naming the winner),
 * then mark it patched (the patch joins the device's record, so compliance follows) or
 * failed with a note. A failure is handed to the fall-back side, which opens an
 * incident when the device is a live server of a critical service; the campaign then
 * records the link.
 */
@Injectable()
export class RolloutService {
  private readonly logger = new Logger(RolloutService.name);

  constructor(
    private readonly spine: Spine,
    private readonly advisories: AdvisoryRepository,
    private readonly campaigns: CampaignRepository,
    private readonly rollout: RolloutRepository,
    private readonly stages: CampaignStagesService,
    private readonly devices: DeviceRecordsService,
    private readonly failures: PatchFailureIncidents,
  ) {}

  async list(
    id: string,
    filter: { departmentId?: string; status?: RolloutDeviceStatus },
    request: KeysetRequest,
    user: AuthUser,
  ): Promise<Page<RolloutDeviceView>> {
    const departmentId = readableDepartment(user, filter.departmentId);
    if (!(await this.campaigns.load(id))) throw notFound('Campaign', id);
    const page = await this.rollout.page(id, { departmentId, status: filter.status }, request);
    return { items: page.items.map(toRolloutDeviceView), nextCursor: page.nextCursor };
  }

  claim(id: string, deviceId: string, user: AuthUser): Promise<RolloutDeviceView> {
    return this.change(id, deviceId, 'claim', null, user);
  }

  /** Back to pending: by the claimer, or the owner or command staff. */
  async release(id: string, deviceId: string, user: AuthUser): Promise<RolloutDeviceView> {
    const seen = await this.seen(id, deviceId);
    if (seen.claimedById !== user.id && !hasAnyRole(user, ['owner', 'command'])) {
      throw forbidden(
        `Only ${seen.claimedByName ?? 'the claimer'}, the owner or command staff may release it`,
      );
    }
    return this.change(id, deviceId, 'release', null, user);
  }

  async complete(
    id: string,
    deviceId: string,
    dto: { outcome: 'patched' | 'failed'; note?: string },
    user: AuthUser,
  ): Promise<RolloutDeviceView> {
    const note = dto.note?.trim() || null;
    if (dto.outcome === 'failed' && !note) {
      throw new ValidationProblem([{ field: 'note', message: 'say what went wrong' }]);
    }
    const view = await this.change(id, deviceId, dto.outcome, note, user);
    return dto.outcome === 'failed' ? this.openIncident(id, deviceId, user) : view;
  }

  /**
   * Asks the fall-back side for the incident of a failed device (again, after a failure
   * to open it): it answers the same incident for a repeat, and none for a workstation.
   */
  async openIncident(id: string, deviceId: string, user: AuthUser): Promise<RolloutDeviceView> {
    const row = await this.seen(id, deviceId);
    if (row.status !== 'failed' || row.incidentId) return toRolloutDeviceView(row);
    const campaign = await this.campaigns.load(id);
    const advisory = campaign && (await this.advisories.load(campaign.advisoryId));
    if (!campaign || !advisory) throw notFound('Campaign', id);
    let linked = null;
    try {
      linked = await this.failures.openForFailedPatch(
        {
          campaignId: id,
          advisoryId: advisory.id,
          identifier: advisory.identifier,
          patch: advisory.patch,
          deviceId,
          hostname: row.hostname,
          departmentId: row.departmentId,
          note: row.note,
        },
        user,
      );
    } catch (err) {
      // the failure stands; POST …/incident tries again
      this.logger.error(`no incident for the failed patch on ${row.hostname}: ${String(err)}`);
    }
    if (!linked) return toRolloutDeviceView(row);
    const incident = linked;
    await this.spine.run(actorOf(user), async (tx) => {
      if (!(await this.rollout.linkIncident(tx.manager, id, deviceId, incident))) return;
      tx.append(campaignStream(id), 'campaign.incident_linked', {
        ...subject(campaign, advisory.identifier),
        deviceId,
        hostname: row.hostname,
        departmentId: row.departmentId,
        ...incident,
      });
    });
    return toRolloutDeviceView(await this.seen(id, deviceId));
  }

  private async seen(id: string, deviceId: string): Promise<RolloutDeviceRow> {
    const row = await this.rollout.load(id, deviceId);
    if (!row) throw notFound('Device of this campaign', deviceId);
    return row;
  }

  private async change(
    id: string,
    deviceId: string,
    command: RolloutCommand,
    note: string | null,
    user: AuthUser,
  ): Promise<RolloutDeviceView> {
    const seen = await this.seen(id, deviceId);
    if (command !== 'release') assertMayWorkOnRollout(user, seen.departmentId);
    const to = decideRolloutDevice(seen, command, user.id);
    // yours already: the same answer again, and no second event
    if (to === null) return toRolloutDeviceView(seen);
    const actor = { id: user.id, name: user.name };
    await this.spine.run(actorOf(user), async (tx) => {
      const applied = await this.rollout.apply(tx.manager, id, deviceId, {
        from: { status: seen.status, claimedById: seen.claimedById },
        to,
        actor,
        note,
      });
      if (!applied) {
        // why it changed nothing, from the row as it is now (the winner's commit)
        const now = await this.rollout.load(id, deviceId, tx.manager);
        if (now) decideRolloutDevice(now, command, user.id);
        throw conflict('The device changed while you acted on it; look again');
      }
      const campaign = await this.campaigns.load(id, tx.manager);
      const advisory = campaign && (await this.advisories.load(campaign.advisoryId, tx.manager));
      if (!campaign || !advisory) throw notFound('Campaign', id);
      const about = {
        ...subject(campaign, advisory.identifier),
        deviceId,
        hostname: seen.hostname,
        departmentId: seen.departmentId,
      };
      if (to === 'claimed')
        tx.append(campaignStream(id), 'campaign.device_claimed', { ...about, claimedBy: actor });
      if (to === 'pending')
        tx.append(campaignStream(id), 'campaign.device_released', {
          ...about,
          previousClaimer: { id: seen.claimedById, name: seen.claimedByName },
        });
      if (to === 'patched' || to === 'failed') {
        if (to === 'patched') await this.devices.addPatch(tx.manager, deviceId, advisory.patch);
        tx.append(campaignStream(id), 'campaign.device_completed', {
          ...about,
          outcome: to,
          completedBy: actor,
          note,
        });
        const locked = await this.campaigns.lock(tx.manager, id);
        if (locked) await this.stages.completeIfFinished(tx, locked, advisory.identifier);
      }
    });
    return toRolloutDeviceView(await this.seen(id, deviceId));
  }
}
