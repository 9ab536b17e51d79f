import { DynamicModule, Module, Type } from '@nestjs/common';
import { AuthModule } from '@cordon/auth';
import { LiveAccessPolicy, LIVE_ACCESS_POLICY } from './live-access.policy';
import { LiveFeed } from './live-feed';
import { LiveGateway } from './live.gateway';

/** The live feed over socket.io. The app says who may watch an incident (the policy). */
@Module({})
export class LiveModule {
  static forRoot(options: {
    policy: Type<LiveAccessPolicy>;
    imports?: DynamicModule['imports'];
  }): DynamicModule {
    return {
      module: LiveModule,
      imports: [AuthModule, ...(options.imports ?? [])],
      providers: [LiveFeed, LiveGateway, { provide: LIVE_ACCESS_POLICY, useClass: options.policy }],
      exports: [LiveFeed],
    };
  }
}
