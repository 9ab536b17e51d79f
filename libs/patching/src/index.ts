export * from './patching.module';
export { PATCHING_ENTITIES } from './entities';
export * from './campaigns/campaign-failure.port';
export { FallbackIncidentsService } from './fallback/fallback-incidents.service';
export { CriticalServicesService } from './fallback/critical-services.service';
export { FallbackModule } from './fallback/fallback.module';
