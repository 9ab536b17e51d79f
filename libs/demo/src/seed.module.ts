import { DynamicModule, Module } from '@nestjs/common';
import { BroadcastsModule } from '@cordon/broadcasts';
import { DirectoryModule } from '@cordon/directory';
import { IncidentsModule } from '@cordon/incidents';
import { InventoryModule } from '@cordon/inventory';
import { FallbackModule } from '@cordon/patching';
import { AppConfig, PlatformModule } from '@cordon/platform';

/**
 * What the seed needs: the platform (PostgreSQL; Redis, as the api has it) and the
 * feature modules whose services load the council and play the demo incident.
 * Nothing here sends: the worker relays the outbox when Cordon starts.
 */
@Module({})
export class DemoSeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DemoSeedModule,
      imports: [
        PlatformModule.forRoot(config),
        DirectoryModule,
        InventoryModule,
        IncidentsModule,
        BroadcastsModule,
        FallbackModule,
      ],
    };
  }
}
