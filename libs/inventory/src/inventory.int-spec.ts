import { DataSource } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import { ValidationProblem } from '@cordon/platform';
import { FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { BaselineService } from './baseline.service';
import { ComplianceService } from './compliance.service';
import { DeviceImportService } from './device-import.service';
import { DevicesService } from './devices.service';
import { InventoryModule } from './inventory.module';

const admin: AuthUser = {
  id: '00000000-0000-0000-0000-00000000000a',
  email: 'admin@council.example',
  name: 'Admin',
  roles: ['admin'],
  departmentId: null,
};

const HEADER = 'hostname,ip,lan,department,os,patches,avProduct,avSignatureDate';

describe(InventoryModule.name, () => {
  let feature: FeatureTestApp | undefined;
  let ds: DataSource;
  let imports: DeviceImportService;
  let soc: string;
  const hosts = async (): Promise<string[]> =>
    (await ds.query(`SELECT hostname FROM devices ORDER BY hostname`)).map(
      (r: { hostname: string }) => r.hostname,
    );

  beforeAll(async () => {
    feature = await startFeatureTestApp({ imports: [InventoryModule] });
    ds = feature.ds;
    imports = feature.get(DeviceImportService);
    [{ id: soc }] = await ds.query(
      `INSERT INTO departments (code, name) VALUES ('SOC', 'Social'), ('EDU', 'Education') RETURNING id`,
    );
    const [{ id: hall }] = await ds.query(
      `INSERT INTO sites (code, name) VALUES ('HALL', 'Civic Hall') RETURNING id`,
    );
    await ds.query(
      `INSERT INTO lans (code, name, site_id, department_id, cidr) VALUES ('SOC-HALL', 'x', $1, $2, '10.20.1.0/24')`,
      [hall, soc],
    );
  });
  afterAll(() => feature?.close());

  it('imports devices by host name, refusing bad lines by line, and updates on a second run', async () => {
    const csv = [
      HEADER,
      'SOC-PC-001,10.20.1.11,SOC-HALL,SOC,Windows XP,MS03-026;ms03-039,Sophos,2026-01-15',
      'soc-pc-002,10.20.1.12,SOC-HALL,SOC,Windows XP,,,',
      'soc-pc-003,10.20.9.9,SOC-HALL,SOC,Windows XP,,,',
      'soc-pc-004,10.20.1.14,NOPE,SOC,Windows XP,,,',
      'soc-pc-001,10.20.1.15,SOC-HALL,SOC,Windows XP,,,',
    ].join('\r\n');
    const first = await imports.import(csv, admin, {});
    expect(first).toEqual({
      created: 2,
      updated: 0,
      deleted: 0,
      rejected: [
        { line: 4, reason: 'ip 10.20.9.9 is outside lan "SOC-HALL" (10.20.1.0/24)' },
        { line: 5, reason: 'lan "NOPE" does not exist' },
        { line: 6, reason: 'hostname soc-pc-001 is already on line 2' },
      ],
    });
    const [pc1] = await ds.query(
      `SELECT patches, av_product, health FROM devices WHERE hostname = 'soc-pc-001'`,
    );
    expect(pc1).toEqual({
      patches: ['MS03-026', 'MS03-039'],
      av_product: 'Sophos',
      health: 'unknown',
    });
    expect(await imports.import(csv, admin, {})).toMatchObject({ created: 0, updated: 2 });
  });

  it('leaves a recorded health alone when the file has no health column', async () => {
    await ds.query(`UPDATE devices SET health = 'infected' WHERE hostname = 'soc-pc-002'`);
    await imports.import(`${HEADER}\nsoc-pc-002,10.20.1.12,SOC-HALL,SOC,Windows 7,,,\n`, admin, {});
    const [row] = await ds.query(`SELECT os, health FROM devices WHERE hostname = 'soc-pc-002'`);
    expect(row).toEqual({ os: 'Windows 7', health: 'infected' });
    await imports.import(
      `${HEADER},health\nsoc-pc-002,10.20.1.12,SOC-HALL,SOC,Windows 7,,,,clean\n`,
      admin,
      {},
    );
    expect((await ds.query(`SELECT health FROM devices WHERE hostname = 'soc-pc-002'`))[0]).toEqual(
      {
        health: 'clean',
      },
    );
  });

  it('prunes only when asked, keeps a device whose line was refused, and records the names', async () => {
    const csv = `${HEADER}\nsoc-pc-002,10.20.1.12,SOC-HALL,SOC,Windows 7,,,\nsoc-pc-001,bad-ip,SOC-HALL,SOC,x,,,\n`;
    expect(await imports.import(csv, admin, {})).toMatchObject({ deleted: 0 });
    expect(await imports.import(`${HEADER}\n`, admin, {})).toMatchObject({
      created: 0,
      deleted: 0,
    });
    expect(await hosts()).toEqual(['soc-pc-001', 'soc-pc-002']);
    await ds.query(
      `INSERT INTO devices (hostname, lan_id, department_id) SELECT 'soc-pc-099', id, department_id FROM lans`,
    );
    const pruned = await imports.import(csv, admin, { prune: true });
    expect(pruned).toMatchObject({ updated: 1, deleted: 1, rejected: [{ line: 3 }] });
    expect(await hosts()).toEqual(['soc-pc-001', 'soc-pc-002']);
    const [event] = await ds.query(
      `SELECT data FROM events WHERE stream = 'inventory' AND type = 'devices.imported' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event.data).toEqual({
      lines: 2,
      created: 0,
      updated: 1,
      deleted: 1,
      deletedHostnames: ['soc-pc-099'],
      rejected: 1,
      prune: true,
    });
  });

  it('sets the baseline, refusing an unreal date, and records before and after', async () => {
    const baselines = feature!.get(BaselineService);
    await expect(
      baselines.put({ requiredPatches: [], minAvSignatureDate: '2026-02-31' }, admin),
    ).rejects.toBeInstanceOf(ValidationProblem);
    const view = await baselines.put(
      { requiredPatches: ['ms03-026', 'MS03-026', 'MS03-039'], minAvSignatureDate: '2026-01-01' },
      admin,
    );
    expect(view).toMatchObject({
      requiredPatches: ['MS03-026', 'MS03-039'],
      minAvSignatureDate: '2026-01-01',
      updatedBy: 'Admin',
    });
    expect(await baselines.current()).toEqual({
      requiredPatches: ['MS03-026', 'MS03-039'],
      minAvSignatureDate: '2026-01-01',
    });
    const [event] = await ds.query(`SELECT data FROM events WHERE type = 'baseline.updated'`);
    expect(event.data).toEqual({
      before: { requiredPatches: [], minAvSignatureDate: null },
      after: { requiredPatches: ['MS03-026', 'MS03-039'], minAvSignatureDate: '2026-01-01' },
    });
  });

  it('counts compliance against the baseline per department and LAN', async () => {
    await ds.query(
      `UPDATE devices SET patches = '{MS03-026,MS03-039}', av_product = 'Sophos', av_signature_date = '2026-01-15', health = 'clean'
       WHERE hostname = 'soc-pc-001'`,
    );
    const summary = await feature!.get(ComplianceService).summary({}, admin);
    expect(summary.totals).toMatchObject({ devices: 2, compliant: 1, nonCompliant: 1 });
    expect(summary.departments.map((d) => [d.code, d.devices])).toEqual([
      ['EDU', 0],
      ['SOC', 2],
    ]);
    expect(summary.lans).toEqual([
      expect.objectContaining({ code: 'SOC-HALL', devices: 2, compliant: 1 }),
    ]);
    const itu: AuthUser = { ...admin, roles: ['itu'], departmentId: soc };
    const page = await feature!.get(DevicesService).list({ limit: 1 }, itu);
    expect(page.items.map((d) => d.hostname)).toEqual(['soc-pc-001']);
    const next = await feature!
      .get(DevicesService)
      .list({ limit: 1, cursor: page.nextCursor ?? undefined }, itu);
    expect(next).toMatchObject({ items: [{ hostname: 'soc-pc-002' }], nextCursor: null });
  });
});
