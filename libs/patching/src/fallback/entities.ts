import { CriticalServiceEntity, CriticalServiceServerEntity } from './critical-service.entity';
import { FallbackIncidentEntity } from './fallback-incident.entity';

export { CriticalServiceEntity, CriticalServiceServerEntity, FallbackIncidentEntity };

/** The fall-back side's entities, listed in PATCHING_ENTITIES. */
export const FALLBACK_ENTITIES = [
  CriticalServiceEntity,
  CriticalServiceServerEntity,
  FallbackIncidentEntity,
];
