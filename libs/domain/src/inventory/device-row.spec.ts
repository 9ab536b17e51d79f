import type { InventoryLookups } from './device-row';
import { isIsoDate, parsePatchList, validateDeviceRow } from './device-row';

const lookups: InventoryLookups = {
  departments: new Map([
    ['SOC', 'd-soc'],
    ['CIT', 'd-cit'],
  ]),
  lans: new Map([
    ['SOC-HALL', { id: 'l-1', siteId: 's-1', departmentId: 'd-soc', cidr: '10.20.1.0/24' }],
    ['SOC-OPEN', { id: 'l-2', siteId: 's-1', departmentId: 'd-soc', cidr: null }],
  ]),
};

const good = {
  hostname: 'SOC-PC-0001',
  ip: '10.20.1.17',
  lan: 'soc-hall',
  department: 'SOC',
  os: 'Windows XP SP1',
  patches: 'ms03-026; MS03-039;;MS03-026',
  avProduct: 'Sophos Anti-Virus',
  avSignatureDate: '2026-02-10',
};

describe(validateDeviceRow.name, () => {
  it('accepts a good line, normalising host name and patches', () => {
    expect(validateDeviceRow(good, lookups)).toEqual({
      ok: true,
      row: {
        hostname: 'soc-pc-0001',
        ip: '10.20.1.17',
        mac: null,
        lanId: 'l-1',
        departmentId: 'd-soc',
        os: 'Windows XP SP1',
        patches: ['MS03-026', 'MS03-039'],
        avProduct: 'Sophos Anti-Virus',
        avSignatureDate: '2026-02-10',
        health: null,
      },
    });
  });

  it('takes the owning department from the LAN when blank, and allows no IP or AV', () => {
    const result = validateDeviceRow(
      { ...good, department: '', ip: '', avProduct: '', avSignatureDate: '', patches: '' },
      lookups,
    );
    expect(result.ok && result.row).toMatchObject({
      departmentId: 'd-soc',
      ip: null,
      avProduct: null,
      avSignatureDate: null,
      patches: [],
    });
  });

  it('accepts any IPv4 on a LAN without a CIDR, a MAC and a health', () => {
    const result = validateDeviceRow(
      { ...good, lan: 'SOC-OPEN', ip: '192.168.9.9', mac: '00-0C-29-AB-CD-EF', health: 'Infected' },
      lookups,
    );
    expect(result.ok && [result.row.ip, result.row.mac, result.row.health]).toEqual([
      '192.168.9.9',
      '00:0c:29:ab:cd:ef',
      'infected',
    ]);
  });

  it.each([
    [{ hostname: '' }, 'hostname is empty'],
    [{ hostname: 'bad_name' }, 'hostname "bad_name" is not a host name'],
    [{ lan: '' }, 'lan is empty'],
    [{ lan: 'NOPE' }, 'lan "NOPE" does not exist'],
    [{ ip: '10.20.1.300' }, 'ip "10.20.1.300" is not an IPv4 address'],
    [{ ip: '10.20.2.5' }, 'ip 10.20.2.5 is outside lan "soc-hall" (10.20.1.0/24)'],
    [{ department: 'EDU' }, 'department "EDU" does not exist'],
    [{ patches: 'MS03-026;KB 823980' }, 'patches "KB 823980" are not patch names'],
    [{ avSignatureDate: '2026-02-30' }, 'avSignatureDate "2026-02-30" is not a date (YYYY-MM-DD)'],
    [{ avProduct: '' }, 'avSignatureDate is given but avProduct is empty'],
    [{ mac: 'zz:zz' }, 'mac "zz:zz" is not a MAC address'],
    [
      { health: 'poorly' },
      'health "poorly" is not one of unknown, vulnerable, infected, isolated, clean',
    ],
  ])('refuses %j: %s', (change, reason) => {
    expect(validateDeviceRow({ ...good, ...change }, lookups)).toEqual({ ok: false, reason });
  });
});

describe(parsePatchList.name, () => {
  it('trims, upper-cases, dedupes and sorts', () => {
    expect(parsePatchList(' ms03-039 ;MS03-026; ms03-039 ')).toEqual({
      patches: ['MS03-026', 'MS03-039'],
      bad: [],
    });
  });
});

describe(isIsoDate.name, () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-2-1', false],
    ['yesterday', false],
  ])('%s: %s', (raw, ok) => {
    expect(isIsoDate(raw)).toBe(ok);
  });
});
