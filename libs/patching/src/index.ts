export * from './patching.module';
export { PATCHING_ENTITIES } from './entities';
export * from './campaigns/campaign-failure.port';
export { FallbackIncidentsService } from './fallback/fallback-incidents.service';
