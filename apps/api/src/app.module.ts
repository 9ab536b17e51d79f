import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '@cordon/auth';
import { BroadcastsModule } from '@cordon/broadcasts';
import { DeliveryModule } from '@cordon/delivery';
import { DirectoryModule } from '@cordon/directory';
import { IncidentAccess, IncidentsModule } from '@cordon/incidents';
import { InventoryModule } from '@cordon/inventory';
import { LiveModule } from '@cordon/live';
import { PatchingModule } from '@cordon/patching';
import {
  AppConfig,
  AppLogger,
  HealthModule,
  LoggingModule,
  PlatformModule,
  RateLimitGuard,
  RateLimitModule,
} from '@cordon/platform';
import { ReportsModule } from '@cordon/reports';
import { ReviewsModule } from '@cordon/reviews';
import { TasksModule } from '@cordon/tasks';
import { WarpModule } from '@cordon/warp';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger = new AppLogger('api', config.logLevel)): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config),
        LoggingModule.forRoot(logger),
        RateLimitModule,
        HealthModule,
        AuthModule,
        DirectoryModule,
        InventoryModule,
        IncidentsModule,
        // registered by incidents with its facts; listed so the app's features read in one place
        TasksModule.register({ incidents: IncidentAccess }),
        BroadcastsModule,
        DeliveryModule,
        // the lessons learnt: reports, WARP summaries, reviews, patch campaigns
        ReportsModule,
        WarpModule,
        ReviewsModule,
        PatchingModule,
        LiveModule.forRoot(),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
