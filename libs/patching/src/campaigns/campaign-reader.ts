import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CampaignView } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { notFound, readableDepartment } from '@cordon/domain';
import { AdvisoryRepository } from './advisory.repository';
import { toAdvisoryView } from './advisory-views';
import { CampaignRepository } from './campaign.repository';
import { CampaignFacts, toCampaignView } from './campaign-views';
import { CampaignEntity } from './entities/campaign.entity';
import { RolloutRepository } from './rollout.repository';

/** Reads what a campaign's board is drawn from, on a connection or in a transaction. */
@Injectable()
export class CampaignReader {
  constructor(
    private readonly advisories: AdvisoryRepository,
    private readonly campaigns: CampaignRepository,
    private readonly rollout: RolloutRepository,
  ) {}

  async facts(manager: EntityManager, campaign: CampaignEntity): Promise<CampaignFacts> {
    const advisory = await this.advisories.load(campaign.advisoryId, manager);
    if (!advisory) throw notFound('Advisory', campaign.advisoryId);
    const view = toAdvisoryView(advisory);
    const [tests, affected, departments, stages, counts, lastSeq] = [
      await this.campaigns.testDevices(manager, campaign.id),
      await this.rollout.affected(manager, view.affectedBuilds),
      await this.campaigns.departments(manager),
      await this.campaigns.stages(manager, campaign.id),
      await this.rollout.counts(manager, campaign.id),
      await this.campaigns.lastSeq(campaign.id, manager),
    ];
    return { campaign, advisory: view, tests, affected, departments, stages, counts, lastSeq };
  }

  /** The board as this user may see it: an ITU member sees their own department's stage. */
  async view(id: string, user: AuthUser): Promise<CampaignView> {
    const only = readableDepartment(user);
    const campaign = await this.campaigns.load(id);
    if (!campaign) throw notFound('Campaign', id);
    return toCampaignView(await this.facts(this.campaigns.db, campaign), only);
  }
}
