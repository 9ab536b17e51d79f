import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { LocalLoginMode } from '@cordon/contracts';
import { PlatformModule, SYSTEM_ACTOR } from '@cordon/platform';
import { createTestDatabase, testConfig, TestDatabase } from '@cordon/platform/testing';
import { AuthModule } from './auth.module';
import { AuthService } from './auth.service';
import { DepartmentEntity } from './testing/department.entity';
import { UsersService } from './users.service';

const PASSWORD = 'a long enough password';
const OIDC = {
  issuerUrl: 'https://login.example/tenant/v2.0',
  clientId: 'cordon',
  clientSecret: null,
  scopes: ['openid'],
  groupsClaim: 'groups',
  displayName: 'Council account',
  redirectUrl: null,
};

describe('AuthService with LOCAL_LOGIN', () => {
  let db: TestDatabase | undefined;
  const apps: INestApplicationContext[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db?.drop();
  });

  async function auth(localLogin: LocalLoginMode): Promise<AuthService> {
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot(testConfig(db!.url, { localLogin, oidc: OIDC })),
        TypeOrmModule.forFeature([DepartmentEntity]),
        AuthModule,
      ],
    }).compile();
    const app = await moduleRef.init();
    apps.push(app);
    return app.get(AuthService);
  }

  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => 'signed in',
      (err: { code?: string }) => err.code,
    );

  it('refuses every password when off, admits only admins when admins, everyone when all', async () => {
    const off = await auth('off');
    const admins = await auth('admins');
    const all = await auth('all');
    const users = apps[0]!.get(UsersService);
    for (const [email, roles] of [
      ['root@council.example', ['admin']],
      ['cmd@council.example', ['command']],
    ] as const)
      await users.create(
        { email, name: email, password: PASSWORD, roles: [...roles] },
        SYSTEM_ACTOR,
      );

    const tries = async (service: AuthService) => [
      await outcome(
        service.login({ email: 'root@council.example', password: PASSWORD }, '192.0.2.1'),
      ),
      await outcome(
        service.login({ email: 'cmd@council.example', password: PASSWORD }, '192.0.2.1'),
      ),
    ];
    expect(await tries(off)).toEqual(['local_login_disabled', 'local_login_disabled']);
    expect(await tries(admins)).toEqual(['signed in', 'local_login_disabled']);
    expect(await tries(all)).toEqual(['signed in', 'signed in']);
    expect(
      await outcome(
        admins.login({ email: 'cmd@council.example', password: 'wrong one!' }, '192.0.2.2'),
      ),
    ).toBe('invalid_credentials');
  });
});
