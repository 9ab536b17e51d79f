// The ordered list of migrations, imported explicitly (bundles have no migrations folder).
// migrations:generate maintains the two marked blocks.
// migrations: imports
import { Initial1795763415726 } from './1795763415726-initial';
import { DirectoryAndInventory1795764208905 } from './1795764208905-directory-and-inventory';
import { IncidentCommand1795766846263 } from './1795766846263-incident-command';
import { Communications1795767047331 } from './1795767047331-communications';
import { SmsReplies1795773457740 } from './1795773457740-sms-replies';
import { SmsIndexesSentOnly1795777607968 } from './1795777607968-sms-indexes-sent-only';
import { BroadcastSmsBody1796287535780 } from './1796287535780-broadcast-sms-body';
import { AuditHashChain1796304855935 } from './1796304855935-audit-hash-chain';
import { PostIncidentReviews1796308202083 } from './1796308202083-post-incident-reviews';
import { PatchCampaigns1796308336492 } from './1796308336492-patch-campaigns';
import { FallbackPlans1796308353386 } from './1796308353386-fallback-plans';
import { FallbackAttachedAt1796310007877 } from './1796310007877-fallback-attached-at';
import { StaffDirectorySync1796319260956 } from './1796319260956-staff-directory-sync';
import { SsoIdentities1796319409781 } from './1796319409781-sso-identities';
import { ChannelFollowsNetwork1796319920011 } from './1796319920011-channel-follows-network';
import { UserChangeNotices1796330000000 } from './1796330000000-user-change-notices';

export const MIGRATIONS = [
  // migrations: list
  Initial1795763415726,
  DirectoryAndInventory1795764208905,
  IncidentCommand1795766846263,
  Communications1795767047331,
  SmsReplies1795773457740,
  SmsIndexesSentOnly1795777607968,
  BroadcastSmsBody1796287535780,
  AuditHashChain1796304855935,
  PostIncidentReviews1796308202083,
  PatchCampaigns1796308336492,
  FallbackPlans1796308353386,
  FallbackAttachedAt1796310007877,
  StaffDirectorySync1796319260956,
  SsoIdentities1796319409781,
  ChannelFollowsNetwork1796319920011,
  UserChangeNotices1796330000000,
];
