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
import { DemoIncidentReport } from './incident-report';
import { DemoCast, findDemoIncident, seedDemoIncident } from './seed-incident';

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

const upsertByCode = (table: string, columns: string[], types: string[]) => `
  INSERT INTO ${table} (${columns.join(', ')})
  SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
  ON CONFLICT (code) DO UPDATE SET ${columns
    .filter((c) => c !== 'code')
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ')}`;

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

  const existingHashes = new Map<string, string>(
    (
      await dataSource.query(`SELECT email, password_hash FROM users WHERE email = ANY($1)`, [
        DEMO_LOGINS.map((l) => l.email),
      ])
    ).map((r: { email: string; password_hash: string }) => [r.email, r.password_hash]),
  );
  const hashes = await Promise.all(
    DEMO_LOGINS.map(async ({ email }) => {
      const existing = existingHashes.get(email);
      return existing && (await verifyPassword(DEMO_PASSWORD, existing))
        ? existing
        : hashPassword(DEMO_PASSWORD);
    }),
  );

  const logins = await spine.run(SYSTEM_ACTOR, async (tx) => {
    const q = (sql: string, params: unknown[]) => tx.manager.query(sql, params);
    await q(upsertByCode('departments', ['code', 'name'], ['text', 'text']), [
      DEMO_DEPARTMENTS.map((d) => d.code),
      DEMO_DEPARTMENTS.map((d) => d.name),
    ]);
    await q(upsertByCode('sites', ['code', 'name', 'address'], ['text', 'text', 'text']), [
      DEMO_SITES.map((s) => s.code),
      DEMO_SITES.map((s) => s.name),
      DEMO_SITES.map((s) => s.address),
    ]);
    const deptId = new Map<string, string>(
      (await q(`SELECT code, id FROM departments`, [])).map((r: { code: string; id: string }) => [
        r.code,
        r.id,
      ]),
    );
    const siteId = new Map<string, string>(
      (await q(`SELECT code, id FROM sites`, [])).map((r: { code: string; id: string }) => [
        r.code,
        r.id,
      ]),
    );
    await q(
      upsertByCode(
        'support_units',
        ['code', 'name', 'kind', 'department_id', 'section', 'email'],
        ['text', 'text', 'text', 'uuid', 'text', 'text'],
      ),
      [
        DEMO_UNITS.map((u) => u.code),
        DEMO_UNITS.map((u) => u.name),
        DEMO_UNITS.map((u) => u.kind),
        DEMO_UNITS.map((u) => deptId.get(u.department)),
        DEMO_UNITS.map((u) => u.section),
        DEMO_UNITS.map((u) => u.email),
      ],
    );
    await q(
      upsertByCode(
        'lans',
        ['code', 'name', 'site_id', 'department_id', 'cidr'],
        ['text', 'text', 'uuid', 'uuid', 'cidr'],
      ),
      [
        data.lans.map((l) => l.code),
        data.lans.map((l) => l.name),
        data.lans.map((l) => siteId.get(l.site)),
        data.lans.map((l) => deptId.get(l.department)),
        data.lans.map((l) => l.cidr),
      ],
    );
    const users: { id: string; email: string }[] = await q(
      `INSERT INTO users (email, name, password_hash, roles, department_id)
       SELECT t.email, t.name, t.hash, string_to_array(t.roles, ','), t.department_id
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[])
         AS t(email, name, hash, roles, department_id)
       ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, password_hash = EXCLUDED.password_hash,
         roles = EXCLUDED.roles, department_id = EXCLUDED.department_id, active = true,
         failed_logins = 0, locked_until = NULL
       RETURNING id, email`,
      [
        DEMO_LOGINS.map((l) => l.email),
        DEMO_LOGINS.map((l) => l.name),
        hashes,
        DEMO_LOGINS.map((l) => l.roles.join(',')),
        DEMO_LOGINS.map((l) => (l.department ? deptId.get(l.department) : null)),
      ],
    );
    await tx.append(DIRECTORY_STREAM, 'demo.organisation_seeded', {
      departments: DEMO_DEPARTMENTS.length,
      sites: DEMO_SITES.length,
      units: DEMO_UNITS.length,
      lans: data.lans.length,
      logins: DEMO_LOGINS.map((l) => l.email),
    });
    const userId = new Map(users.map((u) => [u.email, u.id]));
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
