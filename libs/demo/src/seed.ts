import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportResult } from '@cordon/contracts';
import { AuthUser, DIRECTORY_STREAM, hashPassword, verifyPassword } from '@cordon/auth';
import { StaffImportService } from '@cordon/directory';
import { BaselineService, DeviceImportService } from '@cordon/inventory';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';
import {
  DEMO_BASELINE,
  DEMO_DEPARTMENTS,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  DEMO_SITES,
  DEMO_UNITS,
} from './council';
import { generateDemoCouncil } from './generate';
import { DemoRepository } from './demo.repository';
import { DemoIncidentReport } from './incident-report';
import { DemoCast, findDemoIncident, seedDemoIncident } from './seed-incident';
import { seedDemoFallbackPlan } from './demo-fallback-plan';

export interface DemoSeedReport {
  departments: number;
  sites: number;
  units: number;
  lans: number;
  staff: ImportResult & { total: number };
  /** `kept`: the demo incident was in progress, so the device records it changed were left alone. */
  devices: ImportResult & { total: number; kept: boolean };
  incident: DemoIncidentReport;
  logins: {
    email: string;
    password: string;
    roles: readonly string[];
    department: string | null;
    name: string;
  }[];
}

/**
 * Loads the demo council: organisation, LANs, logins and baseline by upsert on their
 * codes and emails, then staff and devices through the same CSV imports an admin
 * uses, then the Welchia incident in progress (once). Running it again changes
 * nothing and duplicates nothing: once the incident exists, the device records it
 * changed (cleaned, infected) are not imported over.
 */
export async function seedDemoCouncil(app: INestApplicationContext): Promise<DemoSeedReport> {
  const data = generateDemoCouncil();
  const dataSource = app.get(DataSource);
  const spine = app.get(Spine);

  const repository = new DemoRepository(dataSource);
  const existingHashes = await repository.passwordHashes(DEMO_LOGINS.map((l) => l.email));
  const hashes = await Promise.all(
    DEMO_LOGINS.map(async ({ email }) => {
      const existing = existingHashes.get(email);
      return existing && (await verifyPassword(DEMO_PASSWORD, existing))
        ? existing
        : hashPassword(DEMO_PASSWORD);
    }),
  );

  const logins = await spine.run(SYSTEM_ACTOR, async (tx) => {
    const m = tx.manager;
    const text = (name: string, values: (string | null)[]) => ({
      name,
      type: 'text' as const,
      values,
    });
    const uuid = (name: string, values: (string | null | undefined)[]) => ({
      name,
      type: 'uuid' as const,
      values: values.map((v) => v ?? null),
    });
    await repository.upsertByCode(m, {
      table: 'departments',
      columns: [
        text(
          'code',
          DEMO_DEPARTMENTS.map((d) => d.code),
        ),
        text(
          'name',
          DEMO_DEPARTMENTS.map((d) => d.name),
        ),
      ],
    });
    await repository.upsertByCode(m, {
      table: 'sites',
      columns: [
        text(
          'code',
          DEMO_SITES.map((s) => s.code),
        ),
        text(
          'name',
          DEMO_SITES.map((s) => s.name),
        ),
        text(
          'address',
          DEMO_SITES.map((s) => s.address),
        ),
      ],
    });
    const deptId = await repository.idsByCode(m, 'departments');
    const siteId = await repository.idsByCode(m, 'sites');
    await repository.upsertByCode(m, {
      table: 'support_units',
      columns: [
        text(
          'code',
          DEMO_UNITS.map((u) => u.code),
        ),
        text(
          'name',
          DEMO_UNITS.map((u) => u.name),
        ),
        text(
          'kind',
          DEMO_UNITS.map((u) => u.kind),
        ),
        uuid(
          'department_id',
          DEMO_UNITS.map((u) => deptId.get(u.department)),
        ),
        text(
          'section',
          DEMO_UNITS.map((u) => u.section),
        ),
        text(
          'email',
          DEMO_UNITS.map((u) => u.email),
        ),
      ],
    });
    await repository.upsertByCode(m, {
      table: 'lans',
      columns: [
        text(
          'code',
          data.lans.map((l) => l.code),
        ),
        text(
          'name',
          data.lans.map((l) => l.name),
        ),
        uuid(
          'site_id',
          data.lans.map((l) => siteId.get(l.site)),
        ),
        uuid(
          'department_id',
          data.lans.map((l) => deptId.get(l.department)),
        ),
        { name: 'cidr', type: 'cidr', values: data.lans.map((l) => l.cidr) },
      ],
    });
    const userId = await repository.upsertLogins(
      m,
      DEMO_LOGINS.map((l, i) => ({
        email: l.email,
        name: l.name,
        hash: hashes[i],
        roles: l.roles,
        departmentId: l.department ? (deptId.get(l.department) ?? null) : null,
      })),
    );
    tx.append(DIRECTORY_STREAM, 'demo.organisation_seeded', {
      departments: DEMO_DEPARTMENTS.length,
      sites: DEMO_SITES.length,
      units: DEMO_UNITS.length,
      lans: data.lans.length,
      logins: DEMO_LOGINS.map((l) => l.email),
    });
    return DEMO_LOGINS.map((l): AuthUser => ({
      id: userId.get(l.email) as string,
      email: l.email,
      name: l.name,
      roles: [...l.roles],
      departmentId: l.department ? (deptId.get(l.department) ?? null) : null,
    }));
  });
  const login = (email: string): AuthUser => {
    const user = logins.find((l) => l.email === email);
    if (!user?.id) throw new Error(`the demo login ${email} was not written`);
    return user;
  };

  const adminUser = login('admin@council.example');
  await app.get(BaselineService).put({ ...DEMO_BASELINE }, adminUser);
  const staff = await app.get(StaffImportService).import(data.staffCsv, adminUser, {});
  const kept = (await findDemoIncident(dataSource)) !== null;
  const devices = kept
    ? { created: 0, updated: 0, deleted: 0, rejected: [] }
    : await app.get(DeviceImportService).import(data.devicesCsv, adminUser, {});
  const rejected = [...staff.rejected, ...devices.rejected];
  if (rejected.length)
    throw new Error(`the demo council has bad lines: ${JSON.stringify(rejected.slice(0, 5))}`);

  const cast: DemoCast = {
    owner: login('owner@council.example'),
    command: login('command@council.example'),
    itu: new Map(
      DEMO_LOGINS.filter((l) => l.roles.includes('itu') && l.department).map((l) => [
        l.department as string,
        login(l.email),
      ]),
    ),
  };
  const incident = await seedDemoIncident(app, cast);
  // the mail-scanning server's fall-back plan (the second case study)
  await seedDemoFallbackPlan(app, cast.owner);

  return {
    departments: DEMO_DEPARTMENTS.length,
    sites: DEMO_SITES.length,
    units: DEMO_UNITS.length,
    lans: data.lans.length,
    staff: { ...staff, total: data.staffCount },
    devices: { ...devices, total: data.deviceCount, kept },
    incident,
    logins: DEMO_LOGINS.map((l) => ({
      email: l.email,
      name: l.name,
      password: DEMO_PASSWORD,
      roles: l.roles,
      department: l.department,
    })),
  };
}
