import { CAMPAIGN_ENTITIES } from '../campaigns/entities';
import { FALLBACK_ENTITIES } from '../fallback/entities';
/** Every entity of the patching feature (TypeORM reads them from here and from tools/db/schema.ts). */
export const PATCHING_ENTITIES: (new () => object)[] = [
  // advisories and campaigns
  ...CAMPAIGN_ENTITIES,
  // fall-back plans and critical services
  ...FALLBACK_ENTITIES,
];
