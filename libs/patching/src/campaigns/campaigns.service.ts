import { Injectable } from '@nestjs/common';
import type {
  CampaignSummaryView,
  CampaignView,
  EventView,
  Page,
  TestResult,
} from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { BaselineService, DeviceRecordsService } from '@cordon/inventory';
import {
  affectedBuildOf,
  conflict,
  decideApproval,
  decideCampaign,
  DomainError,
  notFound,
  pickTestDevices,
  campaignEventDeviceIds,
  readableDepartment,
  scopeCampaignEventData,
} from '@cordon/domain';
import { KeysetRequest, Spine, SpineTransaction, ValidationProblem } from '@cordon/platform';
import { AdvisoryRepository } from './advisory.repository';
import { campaignStream, toAdvisoryView } from './advisory-views';
import { CampaignReader } from './campaign-reader';
import { CampaignRepository } from './campaign.repository';
import { blockersOf, countsOf } from './campaign-views';
import { CampaignEntity } from './entities/campaign.entity';
import { AffectedDeviceRow, RolloutRepository } from './rollout.repository';

/**
 * A campaign from its advisory to approval: like machines picked per build (or chosen
 * by the owner), results recorded, approval by the owner. Approval adds the patch to the
 * standard build's required patches in the same transaction (`baseline.updated`), so
 * compliance and the LAN reopen gate follow from that moment. Every command locks the
 * campaign row and appends its event to the stream `campaign:<id>`.
 */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly spine: Spine,
    private readonly advisories: AdvisoryRepository,
    private readonly campaigns: CampaignRepository,
    private readonly rollout: RolloutRepository,
    private readonly reader: CampaignReader,
    private readonly baseline: BaselineService,
    private readonly devices: DeviceRecordsService,
  ) {}

  async list(request: KeysetRequest, user: AuthUser): Promise<Page<CampaignSummaryView>> {
    // an ITU member counts their own department's devices
    const only = readableDepartment(user);
    const page = await this.campaigns.page(request);
    const counts = await this.rollout.countsOf(
      page.items.map((c) => c.id),
      only,
    );
    const advisories = new Map(
      (await this.advisories.byIds([...new Set(page.items.map((c) => c.advisoryId))])).map((a) => [
        a.id,
        a,
      ]),
    );
    const items: CampaignSummaryView[] = page.items.flatMap((c) => {
      const advisory = advisories.get(c.advisoryId);
      if (!advisory) return [];
      return [
        {
          id: c.id,
          advisoryId: c.advisoryId,
          identifier: advisory.identifier,
          title: advisory.title,
          severity: advisory.severity,
          status: c.status,
          createdAt: c.createdAt.toISOString(),
          totals: countsOf(counts.filter((n) => n.campaignId === c.id)),
        },
      ];
    });
    return { items, nextCursor: page.nextCursor };
  }

  get(id: string, user: AuthUser): Promise<CampaignView> {
    return this.reader.view(id, user);
  }

  async events(
    id: string,
    sinceSeq: number,
    request: KeysetRequest,
    user: AuthUser,
  ): Promise<Page<EventView>> {
    // an ITU member reads the events about their own department's devices and stage only
    const only = readableDepartment(user);
    if (!(await this.campaigns.load(id))) throw notFound('Campaign', id);
    const page = await this.campaigns.events(id, sinceSeq, request);
    if (only === null) return page;
    const named = [...new Set(page.items.flatMap((e) => campaignEventDeviceIds(e.data)))];
    const departments = new Map(
      (await this.devices.byIds(this.campaigns.db, named)).map((d) => [d.id, d.departmentId]),
    );
    const items = page.items.flatMap((e) => {
      const data = scopeCampaignEventData(e.data, only, (d) => departments.get(d));
      return data ? [{ ...e, data }] : [];
    });
    return { items, nextCursor: page.nextCursor };
  }

  async create(
    dto: { advisoryId: string; testDeviceIds?: string[] },
    user: AuthUser,
  ): Promise<CampaignView> {
    const id = await this.spine.run(actorOf(user), async (tx) => {
      const row = await this.advisories.lock(tx.manager, dto.advisoryId);
      if (!row) throw notFound('Advisory', dto.advisoryId);
      const advisory = toAdvisoryView(row);
      const open = await this.campaigns.openFor(tx.manager, advisory.id);
      if (open) {
        throw conflict(`Advisory ${advisory.identifier} has a campaign under way`, {
          campaignId: open.id,
        });
      }
      const affected = await this.rollout.affected(tx.manager, advisory.affectedBuilds);
      if (affected.length === 0) {
        throw new DomainError(
          'unprocessable',
          `No device in the inventory runs a build ${advisory.identifier} affects`,
          { affectedBuilds: advisory.affectedBuilds },
        );
      }
      const tests = dto.testDeviceIds
        ? chosen(dto.testDeviceIds, affected, advisory.affectedBuilds)
        : pickTestDevices(advisory.affectedBuilds, advisory.patch, affected).picks.flatMap(
            (p) => p.devices,
          );
      const campaign = await this.campaigns.insert(tx.manager, {
        advisoryId: advisory.id,
        createdBy: { id: user.id, name: user.name },
      });
      await this.campaigns.replaceTestDevices(
        tx.manager,
        campaign.id,
        tests.map((t) => t.id),
      );
      tx.append(campaignStream(campaign.id), 'campaign.created', {
        ...subject(campaign, advisory.identifier),
        testDevices: tests.map((t) => ({ deviceId: t.id, hostname: t.hostname, os: t.os })),
      });
      return campaign.id;
    });
    return this.reader.view(id, user);
  }

  /** The owner's choice of like machines, while testing; results of kept ones stay. */
  setTestDevices(id: string, deviceIds: string[], user: AuthUser): Promise<CampaignView> {
    return this.command(id, user, async (tx, campaign, identifier, builds) => {
      decideCampaign(campaign.status, 'set_test_devices');
      const affected = await this.rollout.affected(tx.manager, builds);
      const tests = chosen(deviceIds, affected, builds);
      await this.campaigns.replaceTestDevices(
        tx.manager,
        id,
        tests.map((t) => t.id),
      );
      tx.append(campaignStream(id), 'campaign.test_devices_set', {
        ...subject(campaign, identifier),
        testDevices: tests.map((t) => ({ deviceId: t.id, hostname: t.hostname, os: t.os })),
      });
    });
  }

  recordTest(
    id: string,
    deviceId: string,
    dto: { result: TestResult; note?: string },
    user: AuthUser,
  ): Promise<CampaignView> {
    return this.command(id, user, async (tx, campaign, identifier) => {
      decideCampaign(campaign.status, 'record_test');
      const note = dto.note?.trim() || null;
      const by = { id: user.id, name: user.name };
      const recorded = await this.campaigns.recordResult(tx.manager, id, deviceId, {
        result: dto.result,
        note,
        by,
      });
      if (!recorded) throw notFound('Test device of this campaign', deviceId);
      const test = (await this.campaigns.testDevices(tx.manager, id)).find(
        (t) => t.deviceId === deviceId,
      );
      tx.append(campaignStream(id), 'campaign.test_recorded', {
        ...subject(campaign, identifier),
        deviceId,
        hostname: test?.hostname ?? '',
        result: dto.result,
        note,
      });
    });
  }

  /**
   * The owner approves: refused with `approval_blocked` (naming each blocker) while a
   * build with devices is untested, a test has no result or a test failed, unless an
   * override reason is given. The patch joins the baseline in the same transaction.
   */
  approve(id: string, overrideReason: string | undefined, user: AuthUser): Promise<CampaignView> {
    return this.command(id, user, async (tx, campaign, identifier, builds, patch) => {
      const advisory = await this.advisories.load(campaign.advisoryId, tx.manager);
      if (!advisory) throw notFound('Advisory', campaign.advisoryId);
      const affected = await this.rollout.affected(tx.manager, builds);
      const tests = await this.campaigns.testDevices(tx.manager, id);
      const blockers = blockersOf(campaign.status, toAdvisoryView(advisory), affected, tests);
      const decision = decideApproval(campaign.status, blockers, overrideReason);
      const by = { id: user.id, name: user.name };
      if (!(await this.campaigns.approve(tx.manager, id, { by, ...decision }))) {
        throw conflict('The campaign changed while you acted on it; look again');
      }
      const baselineChanged = await this.baseline.requirePatch(tx, patch);
      tx.append(campaignStream(id), 'campaign.approved', {
        ...subject(campaign, identifier),
        patch,
        ...decision,
        baselineChanged,
      });
    });
  }

  /** Runs a campaign command under the campaign's row lock; answers the board after it. */
  async command(
    id: string,
    user: AuthUser,
    work: (
      tx: SpineTransaction,
      campaign: CampaignEntity,
      identifier: string,
      builds: string[],
      patch: string,
    ) => Promise<void>,
  ): Promise<CampaignView> {
    await this.spine.run(actorOf(user), async (tx) => {
      const campaign = await this.campaigns.lock(tx.manager, id);
      if (!campaign) throw notFound('Campaign', id);
      const advisory = await this.advisories.load(campaign.advisoryId, tx.manager);
      if (!advisory) throw notFound('Advisory', campaign.advisoryId);
      await work(tx, campaign, advisory.identifier, advisory.affectedBuilds, advisory.patch);
    });
    // the board after commit: its lastSeq counts the events just written
    return this.reader.view(id, user);
  }
}

/** The event subject of a campaign. */
export const subject = (campaign: CampaignEntity, identifier: string) => ({
  campaignId: campaign.id,
  advisoryId: campaign.advisoryId,
  identifier,
});

/** The owner's like machines: each must run one of the advisory's builds. */
function chosen(
  ids: readonly string[],
  affected: AffectedDeviceRow[],
  builds: readonly string[],
): AffectedDeviceRow[] {
  const byId = new Map(affected.map((d) => [d.id, d]));
  const picked = [...new Set(ids)].map((id) => ({ id, device: byId.get(id) }));
  const wrong = picked.filter((p) => !p.device || !affectedBuildOf(builds, p.device.os));
  if (wrong.length > 0) {
    throw new ValidationProblem([
      {
        field: 'testDeviceIds',
        message: `must be devices running a build the advisory affects (${builds.join('; ')})`,
      },
    ]);
  }
  return picked.flatMap((p) => (p.device ? [p.device] : []));
}
