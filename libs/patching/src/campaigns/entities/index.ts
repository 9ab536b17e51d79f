import { AdvisoryEntity } from './advisory.entity';
import { CampaignStageEntity } from './campaign-stage.entity';
import { CampaignTestDeviceEntity } from './campaign-test-device.entity';
import { CampaignEntity } from './campaign.entity';
import { RolloutDeviceEntity } from './rollout-device.entity';

export {
  AdvisoryEntity,
  CampaignEntity,
  CampaignStageEntity,
  CampaignTestDeviceEntity,
  RolloutDeviceEntity,
};

export const CAMPAIGN_ENTITIES = [
  AdvisoryEntity,
  CampaignEntity,
  CampaignTestDeviceEntity,
  CampaignStageEntity,
  RolloutDeviceEntity,
];
