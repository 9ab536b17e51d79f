import { DynamicModule, Module, Type } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { IncidentsModule } from '@cordon/incidents';
import { CampaignLiveDelivery } from './campaign-live.delivery';
import { CampaignLivePolicy } from './campaign-live.policy';
import { DeviceDepartmentsRepository } from './device-departments.repository';
import { IncidentLivePolicy } from './incident-live.policy';
import { LiveAccessPolicy, LIVE_ACCESS_POLICY } from './live-access.policy';
import { EventLogRepository } from './event-log.repository';
import { LiveFeed } from './live-feed';
import { LiveGateway } from './live.gateway';
import { PublicStatusGateway } from './public-status.gateway';
import { StatusController } from './status.controller';
import { StatusService } from './status.service';

/** The live feed over socket.io and the public status (HTTP, the status room, /status). */
@Module({})
export class LiveModule {
  static forRoot(options: { policy?: Type<LiveAccessPolicy> } = {}): DynamicModule {
    return {
      module: LiveModule,
      imports: [AuthModule, IncidentsModule],
      controllers: [StatusController],
      providers: [
        EventLogRepository,
        CampaignLiveDelivery,
        CampaignLivePolicy,
        DeviceDepartmentsRepository,
        LiveFeed,
        LiveGateway,
        PublicStatusGateway,
        StatusService,
        { provide: LIVE_ACCESS_POLICY, useClass: options.policy ?? IncidentLivePolicy },
      ],
      exports: [LiveFeed, StatusService],
    };
  }
}
