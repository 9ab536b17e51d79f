import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@cordon/directory';
import { InventoryModule } from '@cordon/inventory';
import { PATCHING_ENTITIES } from './entities';

/**
 * Advisories, patch campaigns (like machines, approval, staged rollout) and fall-back
 * plans for critical services. Campaign providers and the fall-back providers are
 * listed in their own blocks below, one per side, so each side edits only its lines.
 */
@Module({
  imports: [TypeOrmModule.forFeature(PATCHING_ENTITIES), DirectoryModule, InventoryModule],
  controllers: [
    // advisories and campaigns
    // fall-back plans and critical services
  ],
  providers: [
    // advisories and campaigns
    // fall-back plans and critical services
  ],
  exports: [],
})
export class PatchingModule {}
