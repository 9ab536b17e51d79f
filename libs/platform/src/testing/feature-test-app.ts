import { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { PlatformModule } from '../platform.module';
import { testConfig } from './test-config';
import { createTestDatabase } from './test-database';

export interface FeatureTestApp {
  app: INestApplicationContext;
  ds: DataSource;
  config: AppConfig;
  /** The provider of `type` from whichever module has it. */
  get<T>(type: Type<T>): T;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
}

/**
 * Feature modules (`imports`) on the platform, as an application context with no HTTP,
 * against a database of the spec file's own (a clone of the migrated template) and a
 * Redis key prefix of its own: what a feature's integration spec starts in `beforeAll`.
 */
export async function startFeatureTestApp(options: {
  imports: (Type | DynamicModule)[];
}): Promise<FeatureTestApp> {
  const db = await createTestDatabase();
  try {
    const config = testConfig(db.url);
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot(config), ...options.imports],
    }).compile();
    const app = await moduleRef.init();
    return {
      app,
      ds: app.get(DataSource),
      config,
      get: (type) => app.get(type, { strict: false }),
      close: async () => {
        await app.close();
        await db.drop();
      },
    };
  } catch (err) {
    await db.drop();
    throw err;
  }
}
