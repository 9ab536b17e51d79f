import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Role } from '@cordon/contracts';
import { UsersService } from '@cordon/auth';
import { AppConfig, AppLogger, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { createApi } from '../bootstrap';

/**
 * The assembled api on a random port, on its own database and Redis prefix, for e2e
 * tests over HTTP. `close()` stops it and drops the database.
 */
export interface ApiHarness {
  app: INestApplication;
  config: AppConfig;
  db: TestDatabase;
  url: string;
  http: () => ReturnType<typeof request>;
  /** Creates a user directly and logs in; returns the bearer token and the user id. */
  login(
    roles: Role[],
    options?: { departmentId?: string | null; email?: string; name?: string },
  ): Promise<{ token: string; id: string }>;
  close(): Promise<void>;
}

let counter = 0;

export async function startApi(overrides: Partial<AppConfig> = {}): Promise<ApiHarness> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, overrides);
  const app = await createApi(config, new AppLogger('api', 'error', () => undefined));
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const http = () => request(url);
  return {
    app,
    config,
    db,
    url,
    http,
    async login(roles, options = {}) {
      counter += 1;
      const email = options.email ?? `${roles.join('-')}-${counter}-${Date.now()}@test.example`;
      const password = 'correct-horse-battery';
      const user = await app.get(UsersService).create(
        {
          email,
          name: options.name ?? `${roles.join('/')} ${counter}`,
          password,
          roles,
          departmentId: options.departmentId ?? undefined,
        },
        SYSTEM_ACTOR,
      );
      const res = await http().post('/api/v1/auth/login').send({ email, password }).expect(200);
      return { token: res.body.accessToken as string, id: user.id };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
