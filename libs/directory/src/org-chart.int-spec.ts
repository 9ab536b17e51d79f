import { DataSource } from 'typeorm';
import type { AuthUser } from '@cordon/auth';
import { ValidationProblem } from '@cordon/platform';
import { FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { DepartmentsService } from './departments.service';
import { DirectoryLookup } from './directory-lookup.service';
import { DirectoryModule } from './directory.module';
import { LansService } from './lans.service';
import { SitesService } from './sites.service';
import { SupportUnitsService } from './support-units.service';

const admin: AuthUser = {
  id: '00000000-0000-0000-0000-00000000000a',
  email: 'admin@council.example',
  name: 'Admin',
  roles: ['admin'],
  departmentId: null,
};

describe('the organisation chart', () => {
  let feature: FeatureTestApp | undefined;
  let ds: DataSource;
  let departments: DepartmentsService;
  let sites: SitesService;
  let lans: LansService;
  let units: SupportUnitsService;
  const types = async (): Promise<string[]> =>
    (await ds.query(`SELECT type FROM events WHERE stream = 'directory' ORDER BY seq`)).map(
      (e: { type: string }) => e.type,
    );

  beforeAll(async () => {
    feature = await startFeatureTestApp({ imports: [DirectoryModule] });
    ds = feature.ds;
    departments = feature.get(DepartmentsService);
    sites = feature.get(SitesService);
    lans = feature.get(LansService);
    units = feature.get(SupportUnitsService);
  });
  afterAll(() => feature?.close());

  it('creates departments by upper-case code and refuses a code taken', async () => {
    const soc = await departments.create({ code: 'soc', name: 'Social Services' }, admin);
    expect(soc).toMatchObject({ code: 'SOC', name: 'Social Services' });
    await departments.create({ code: 'EDU', name: 'Education' }, admin);
    await expect(departments.create({ code: 'Soc', name: 'Again' }, admin)).rejects.toMatchObject({
      code: 'conflict',
      extra: { field: 'code' },
    });
    expect(await departments.get(soc.id, admin)).toEqual(soc);
    expect(await types()).toEqual(['department.created', 'department.created']);
  });

  it('pages departments by code', async () => {
    await departments.create({ code: 'AAA', name: 'First' }, admin);
    const first = await departments.list({ limit: 2 }, admin);
    expect(first.items.map((d) => d.code)).toEqual(['AAA', 'EDU']);
    const rest = await departments.list({ limit: 2, cursor: first.nextCursor ?? undefined }, admin);
    expect(rest).toEqual({ items: [expect.objectContaining({ code: 'SOC' })], nextCursor: null });
  });

  it('creates sites and refuses a code taken', async () => {
    const hall = await sites.create({ code: 'hall', name: 'Civic Hall', address: '' }, admin);
    expect(hall).toMatchObject({ code: 'HALL', address: null });
    await expect(sites.create({ code: 'HALL', name: 'x' }, admin)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await sites.list({}, admin)).items.map((s) => s.code)).toEqual(['HALL']);
  });

  it('creates LANs with their CIDR, refusing a taken code, an unknown site or department', async () => {
    const [soc, hall] = [
      (await departments.list({}, admin)).items.find((d) => d.code === 'SOC')!,
      (await sites.list({}, admin)).items[0],
    ];
    const lan = await lans.create(
      {
        code: 'soc-hall',
        name: 'Hall LAN',
        siteId: hall.id,
        departmentId: soc.id,
        cidr: '10.20.1.0/24',
      },
      admin,
    );
    expect(lan).toMatchObject({ code: 'SOC-HALL', cidr: '10.20.1.0/24' });
    await expect(
      lans.create({ code: 'SOC-HALL', name: 'x', siteId: hall.id, departmentId: soc.id }, admin),
    ).rejects.toMatchObject({ code: 'conflict' });
    const nowhere = '00000000-0000-0000-0000-000000000000';
    for (const [dto, field] of [
      [{ code: 'X1', name: 'x', siteId: nowhere, departmentId: soc.id }, 'siteId'],
      [{ code: 'X2', name: 'x', siteId: hall.id, departmentId: nowhere }, 'departmentId'],
      [{ code: 'X3', name: 'x', siteId: hall.id, departmentId: soc.id, cidr: 'nonsense' }, 'cidr'],
    ] as const) {
      const err = await lans.create(dto, admin).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationProblem);
      expect((err as ValidationProblem).errors.map((e) => e.field)).toEqual([field]);
    }
    expect((await lans.list({ departmentId: soc.id }, admin)).items.map((l) => l.code)).toEqual([
      'SOC-HALL',
    ]);
    const lookups = await feature!.get(DirectoryLookup).byCode();
    expect(lookups.lans.get('SOC-HALL')).toMatchObject({ id: lan.id, siteId: hall.id });
  });

  it('creates support units, one IT unit per department, and refuses an unknown department', async () => {
    const soc = (await departments.list({}, admin)).items.find((d) => d.code === 'SOC')!;
    const itu = await units.create(
      { code: 'soc-itu', name: 'SOC ITU', kind: 'itu', departmentId: soc.id, email: 'ITU@x.org' },
      admin,
    );
    expect(itu).toMatchObject({ code: 'SOC-ITU', email: 'itu@x.org' });
    await expect(
      units.create({ code: 'SOC-ITU2', name: 'y', kind: 'itu', departmentId: soc.id }, admin),
    ).rejects.toMatchObject({ code: 'conflict', extra: { field: 'kind' } });
    await expect(
      units.create({ code: 'SOC-ITU', name: 'y', kind: 'specialist', departmentId: soc.id }, admin),
    ).rejects.toMatchObject({ code: 'conflict', extra: { field: 'code' } });
    await expect(
      units.create(
        {
          code: 'NONE',
          name: 'y',
          kind: 'specialist',
          departmentId: '00000000-0000-0000-0000-000000000000',
        },
        admin,
      ),
    ).rejects.toBeInstanceOf(ValidationProblem);
    expect((await units.list({ departmentId: soc.id }, admin)).items).toHaveLength(1);
  });
});
