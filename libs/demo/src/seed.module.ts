import { DynamicModule, Module } from '@nestjs/common';
import { DirectoryModule } from '@cordon/directory';
import { InventoryModule } from '@cordon/inventory';
import { AppConfig, ConfigModule, DatabaseModule } from '@cordon/platform';

/** What the seed needs: PostgreSQL and the directory and inventory services (no Redis). */
@Module({})
export class DemoSeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DemoSeedModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, DirectoryModule, InventoryModule],
    };
  }
}
