import { INestApplicationContext } from '@nestjs/common';
import { SmtpSink, ThrowawayRedis, TwilioDouble } from '@cordon/platform/testing';
import { ApiHarness, startApi } from './api-harness';
import { commsStaffCsv } from './comms-fixture';
import { deliveryOverrides, startCommsWorker } from './comms-worker';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as, DEVICE_HEADER, TEST_BASELINE } from './incident-fixture';

export const PASSWORD = 'correct-horse-battery';

export interface Person {
  id: string;
  token: string;
  email: string;
  name: string;
}

/**
 * The whole of Cordon for browser tests: the api serving a fresh build of the console,
 * the worker (outbox relay, email and SMS) on a Redis of the test's own, an SMTP sink,
 * a Twilio double, and a small council: SOC-HALL with three machines, staff, an owner,
 * command staff and two ITU members of Social Services.
 */
export interface ConsoleWorld {
  api: ApiHarness;
  worker: INestApplicationContext;
  council: CouncilFixture;
  admin: Person;
  owner: Person;
  itu: Person;
  colleague: Person;
  hosts: string[];
  close(): Promise<void>;
}

export async function startConsoleWorld(consoleDir: string, staff = 24): Promise<ConsoleWorld> {
  const redis = await ThrowawayRedis.start();
  const sink = await SmtpSink.start();
  const double = await TwilioDouble.start();
  const api = await startApi({
    ...deliveryOverrides(sink, double, redis.url),
    consoleDir,
    // a browser test signs in more often in a minute than a person at one address does
    login: {
      perMinute: 200,
      freeFailures: 5,
      maxDelaySeconds: 300,
      accountFailures: 50,
      windowMinutes: 15,
    },
  });
  api.config.publicUrl = api.url;
  const worker = await startCommsWorker({ ...api.config });
  const council = await createCouncil(api);
  const asAdmin = as(api, council.admin);
  await asAdmin.put('baseline', TEST_BASELINE).expect(200);
  const hosts = ['soc-pc-001', 'soc-pc-002', 'soc-pc-003'];
  const devices = [
    DEVICE_HEADER,
    ...hosts.map(
      (h, i) => `${h},10.20.1.${11 + i},SOC-HALL,SOC,Windows XP SP1,MS03-026,Sophos,2026-01-15`,
    ),
  ].join('\n');
  const imported = await asAdmin.csv('devices/import', devices + '\n').expect(200);
  if (imported.body.rejected.length) throw new Error(JSON.stringify(imported.body.rejected));
  const people = await asAdmin.csv('staff/import', commsStaffCsv(staff)).expect(200);
  if (people.body.rejected.length) throw new Error(JSON.stringify(people.body.rejected));
  const person = async (
    roles: Parameters<ApiHarness['login']>[0],
    name: string,
    email: string,
    departmentId?: string,
  ): Promise<Person> => ({
    ...(await api.login(roles, { name, email, departmentId })),
    email,
    name,
  });
  const admin = await person(['admin'], 'Alex Admin', 'alex.admin@council.example');
  const owner = await person(['owner'], 'Margaret Hale', 'margaret.hale@council.example');
  const itu = await person(
    ['itu'],
    'Ivan Petrov',
    'ivan.petrov@council.example',
    council.departments.SOC,
  );
  const colleague = await person(
    ['itu'],
    'Sue Collins',
    'sue.collins@council.example',
    council.departments.SOC,
  );
  return {
    api,
    worker,
    council,
    admin,
    owner,
    itu,
    colleague,
    hosts,
    async close() {
      await worker.close().catch(() => undefined);
      await api.close().catch(() => undefined);
      await sink.stop().catch(() => undefined);
      await double.stop().catch(() => undefined);
      await redis.destroy().catch(() => undefined);
    },
  };
}
