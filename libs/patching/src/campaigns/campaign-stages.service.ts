import { Injectable } from '@nestjs/common';
import type { CampaignView } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import {
  affectedBuildOf,
  campaignFinished,
  conflict,
  decideCampaign,
  hasPatch,
  notFound,
} from '@cordon/domain';
import { SpineTransaction } from '@cordon/platform';
import { campaignStream } from './advisory-views';
import { CampaignReader } from './campaign-reader';
import { CampaignRepository } from './campaign.repository';
import { departmentViews } from './campaign-views';
import { CampaignsService, subject } from './campaigns.service';
import { CampaignEntity } from './entities/campaign.entity';
import { RolloutRepository } from './rollout.repository';

/**
 * The staged rollout: the owner starts a department's stage once the campaign is
 * approved; every device of that department running an affected build and lacking the
 * patch becomes pending for the department's ITU. The campaign completes when every
 * department with affected devices has its stage and none is pending.
 */
@Injectable()
export class CampaignStagesService {
  constructor(
    private readonly commands: CampaignsService,
    private readonly campaigns: CampaignRepository,
    private readonly rollout: RolloutRepository,
    private readonly reader: CampaignReader,
  ) {}

  start(id: string, departmentId: string, user: AuthUser): Promise<CampaignView> {
    return this.commands.command(id, user, async (tx, campaign, identifier, builds, patch) => {
      const next = decideCampaign(campaign.status, 'start_stage');
      const department = (await this.campaigns.departments(tx.manager)).find(
        (d) => d.id === departmentId,
      );
      if (!department) throw notFound('Department', departmentId);
      const mine = (await this.rollout.affected(tx.manager, builds)).filter(
        (d) => d.departmentId === departmentId && affectedBuildOf(builds, d.os),
      );
      const due = mine.filter((d) => !hasPatch(d.patches, patch));
      const by = { id: user.id, name: user.name };
      if (!(await this.campaigns.insertStage(tx.manager, id, departmentId, by))) {
        throw conflict(`The stage of ${department.code} has started already`, {
          field: 'departmentId',
        });
      }
      const devices = await this.rollout.addPending(tx.manager, id, due);
      if (next !== campaign.status)
        await this.campaigns.setStatus(tx.manager, id, campaign.status, next);
      tx.append(campaignStream(id), 'campaign.stage_started', {
        ...subject(campaign, identifier),
        departmentId,
        devices,
        alreadyPatched: mine.length - due.length,
      });
      await this.completeIfFinished(tx, { ...campaign, status: next }, identifier);
    });
  }

  /**
   * Completes the campaign (`campaign.completed` with its totals) when nothing is left:
   * called under the campaign's row lock or after a device's last outcome.
   */
  async completeIfFinished(
    tx: SpineTransaction,
    campaign: CampaignEntity,
    identifier: string,
  ): Promise<boolean> {
    if (campaign.status !== 'rolling_out') return false;
    const facts = await this.reader.facts(tx.manager, campaign);
    if (!campaignFinished(departmentViews(facts, null))) return false;
    decideCampaign(campaign.status, 'complete');
    if (!(await this.campaigns.setStatus(tx.manager, campaign.id, 'rolling_out', 'completed'))) {
      return false;
    }
    const totals = departmentViews(facts, null).reduce(
      (sum, d) => {
        if (!d.stage) return sum;
        for (const k of ['total', 'pending', 'claimed', 'patched', 'failed'] as const)
          sum[k] += d.stage[k];
        return sum;
      },
      { total: 0, pending: 0, claimed: 0, patched: 0, failed: 0 },
    );
    tx.append(campaignStream(campaign.id), 'campaign.completed', {
      ...subject(campaign, identifier),
      totals,
    });
    return true;
  }
}
