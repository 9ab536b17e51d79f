import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppLogger } from './app-logger';

/**
 * nestjs-pino for an HTTP app: `configureHttp` puts pino-http first (request ids,
 * access lines); LoggerModule binds each request's logger for the app's log lines.
 */
@Module({})
export class LoggingModule {
  static forRoot(logger: AppLogger): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: { logger: logger.pino },
          useExisting: true,
          // every route, in path-to-regexp 8's words (its default '*' is the legacy form)
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
        }),
      ],
      providers: [{ provide: AppLogger, useValue: logger }],
      exports: [AppLogger],
    };
  }
}
