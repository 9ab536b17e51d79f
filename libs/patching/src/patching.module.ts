import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@cordon/directory';
import { InventoryModule } from '@cordon/inventory';
import { AdvisoriesController } from './campaigns/advisories.controller';
import { AdvisoriesService } from './campaigns/advisories.service';
import { AdvisoryRepository } from './campaigns/advisory.repository';
import { CampaignReader } from './campaigns/campaign-reader';
import { CampaignStagesService } from './campaigns/campaign-stages.service';
import { CampaignRepository } from './campaigns/campaign.repository';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsService } from './campaigns/campaigns.service';
import { RolloutController } from './campaigns/rollout.controller';
import { RolloutRepository } from './campaigns/rollout.repository';
import { RolloutService } from './campaigns/rollout.service';
import { PATCHING_ENTITIES } from './entities';
import { FallbackModule } from './fallback/fallback.module';

/**
 * Advisories, patch campaigns (like machines, approval, staged rollout) and fall-back
 * plans for critical services. Campaign providers and the fall-back providers are
 * listed in their own blocks below, one per side, so each side edits only its lines.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(PATCHING_ENTITIES),
    DirectoryModule,
    InventoryModule,
    // fall-back plans and critical services
    FallbackModule,
  ],
  controllers: [
    // advisories and campaigns
    AdvisoriesController,
    CampaignsController,
    RolloutController,
    // fall-back plans and critical services
  ],
  providers: [
    // advisories and campaigns
    AdvisoryRepository,
    CampaignRepository,
    RolloutRepository,
    CampaignReader,
    AdvisoriesService,
    CampaignsService,
    CampaignStagesService,
    RolloutService,
    // fall-back plans and critical services
  ],
  exports: [
    // fall-back plans and critical services
    FallbackModule,
  ],
})
export class PatchingModule {}
