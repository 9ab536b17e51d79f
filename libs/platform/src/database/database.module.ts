import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { Spine } from './spine';
import { SPINE_ENTITIES } from './spine.entities';

/** PostgreSQL through TypeORM. Schema changes only through migrations: synchronize is never on. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.databaseUrl,
        namingStrategy: new SnakeNamingStrategy(),
        uuidExtension: 'pgcrypto' as const,
        autoLoadEntities: true,
        synchronize: false,
        migrationsRun: false,
        extra: { max: 20, application_name: 'cordon' },
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
    TypeOrmModule.forFeature(SPINE_ENTITIES),
  ],
  providers: [Spine],
  exports: [Spine, TypeOrmModule],
})
export class DatabaseModule {}
