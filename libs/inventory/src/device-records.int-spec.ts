import { DataSource } from 'typeorm';
import { FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { DeviceRecordsService } from './device-records.service';
import { InventoryModule } from './inventory.module';

describe(DeviceRecordsService.name, () => {
  let feature: FeatureTestApp | undefined;
  let records: DeviceRecordsService;
  let ds: DataSource;
  let lanId: string;
  let otherLanId: string;
  let departmentId: string;

  beforeAll(async () => {
    feature = await startFeatureTestApp({ imports: [InventoryModule] });
    records = feature.get(DeviceRecordsService);
    ds = feature.ds;
    [{ id: departmentId }] = await ds.query(
      `INSERT INTO departments (code, name) VALUES ('SOC', 'Social Services') RETURNING id`,
    );
    const [{ id: siteId }] = await ds.query(
      `INSERT INTO sites (code, name) VALUES ('HALL', 'Civic Hall') RETURNING id`,
    );
    [{ id: lanId }, { id: otherLanId }] = await ds.query(
      `INSERT INTO lans (code, name, site_id, department_id, cidr)
       VALUES ('SOC-HALL', 'x', $1, $2, '10.20.1.0/24'), ('SOC-DEPOT', 'y', $1, $2, NULL) RETURNING id`,
      [siteId, departmentId],
    );
    await ds.query(
      `INSERT INTO devices (hostname, ip, lan_id, department_id, patches, av_product, av_signature_date, health)
       VALUES ('soc-pc-002', '10.20.1.12', $1, $3, '{MS03-007}', NULL, '2025-06-01', 'infected'),
              ('soc-pc-001', '10.20.1.11', $1, $3, '{}', 'Sophos', NULL, 'unknown'),
              ('soc-pc-009', NULL, $2, $3, '{}', NULL, NULL, 'unknown')`,
      [lanId, otherLanId, departmentId],
    );
  });
  afterAll(() => feature?.close());

  it('lists the devices of LANs by host name', async () => {
    const rows = await records.onLans(ds.manager, [lanId]);
    expect(rows.map((d) => d.hostname)).toEqual(['soc-pc-001', 'soc-pc-002']);
    expect(await records.onLans(ds.manager, [])).toEqual([]);
  });

  it('finds a detected host by name (any case) or by address', async () => {
    expect((await records.findByHost(ds.manager, { hostname: 'SOC-PC-001' }))?.ip).toBe(
      '10.20.1.11',
    );
    expect((await records.findByHost(ds.manager, { ip: '10.20.1.12' }))?.hostname).toBe(
      'soc-pc-002',
    );
    expect(
      (await records.findByHost(ds.manager, { hostname: 'nope', ip: '10.20.1.11' }))?.hostname,
    ).toBe('soc-pc-001');
    expect(await records.findByHost(ds.manager, { hostname: 'nope', ip: '10.9.9.9' })).toBeNull();
  });

  it('records an unknown host once however often it is reported', async () => {
    const host = { hostname: 'unknown-10-20-1-77', ip: '10.20.1.77', lanId, departmentId };
    const [a, b] = await Promise.all([
      records.recordUnknown(ds.manager, host),
      records.recordUnknown(ds.manager, host),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.device).toMatchObject({ id: b.device.id, health: 'unknown', lanId });
  });

  it('sets health and says what it was, and that a repeat changed nothing', async () => {
    const [device] = await records.onLans(ds.manager, [lanId]);
    expect(await records.setHealth(ds.manager, device.id, 'isolated')).toEqual({
      changed: true,
      previous: 'unknown',
    });
    expect(await records.setHealth(ds.manager, device.id, 'isolated')).toEqual({
      changed: false,
      previous: 'isolated',
    });
  });

  it('writes cleanup evidence into the record: patches added, AV as evidenced, clean', async () => {
    const device = await records.findByHost(ds.manager, { hostname: 'soc-pc-002' });
    const after = await ds.transaction((manager) =>
      records.applyEvidence(manager, device!.id, {
        patches: ['ms03-026', 'MS03-039'],
        avSignatureDate: '2026-02-10',
        scanClean: true,
        avProduct: 'Sophos',
      }),
    );
    expect(after).toMatchObject({
      patches: ['MS03-007', 'MS03-026', 'MS03-039'],
      avProduct: 'Sophos',
      avSignatureDate: '2026-02-10',
      health: 'clean',
    });
    const [stored] = await records.byIds(ds.manager, [device!.id]);
    expect(stored).toEqual(after);
  });
});
