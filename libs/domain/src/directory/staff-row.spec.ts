import { DirectoryLookups, validateStaffRow } from './staff-row';

const lookups: DirectoryLookups = {
  departments: new Map([
    ['SOC', 'd-soc'],
    ['EDU', 'd-edu'],
  ]),
  sites: new Map([
    ['HALL', 's-hall'],
    ['DEPOT', 's-depot'],
  ]),
  lans: new Map([
    ['SOC-HALL', { id: 'l-soc-hall', siteId: 's-hall', departmentId: 'd-soc', cidr: null }],
  ]),
};

const good = {
  name: 'Ann Smith',
  email: 'Ann.Smith@Council.example',
  mobile: '+44 7700 900123',
  department: 'soc',
  site: 'HALL',
  lan: 'soc-hall',
};

describe(validateStaffRow.name, () => {
  it('accepts a good line, normalising email, mobile and codes', () => {
    expect(validateStaffRow(good, lookups)).toEqual({
      ok: true,
      row: {
        name: 'Ann Smith',
        email: 'ann.smith@council.example',
        mobile: '+447700900123',
        departmentId: 'd-soc',
        siteId: 's-hall',
        lanId: 'l-soc-hall',
        smsConsent: null,
      },
    });
  });

  it('takes the site from the LAN when the site is blank, and allows no mobile, site or LAN', () => {
    const fromLan = validateStaffRow({ ...good, site: '' }, lookups);
    expect(fromLan.ok && fromLan.row.siteId).toBe('s-hall');
    const bare = validateStaffRow({ ...good, mobile: '', site: '', lan: '' }, lookups);
    expect(bare.ok && [bare.row.mobile, bare.row.siteId, bare.row.lanId]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('reads smsConsent when the column is there', () => {
    const yes = validateStaffRow({ ...good, smsConsent: 'yes' }, lookups);
    const blank = validateStaffRow({ ...good, smsConsent: '' }, lookups);
    expect(yes.ok && yes.row.smsConsent).toBe(true);
    expect(blank.ok && blank.row.smsConsent).toBe(false);
  });

  it.each([
    [{ name: '' }, 'name is empty'],
    [{ email: '' }, 'email is empty'],
    [{ email: 'ann-at-council' }, 'email "ann-at-council" is not an email address'],
    [{ mobile: '07700 900123' }, 'mobile "07700 900123" is not in E.164 form (e.g. +447700900123)'],
    [{ department: '' }, 'department is empty'],
    [{ department: 'XXX' }, 'department "XXX" does not exist'],
    [{ site: 'MOON' }, 'site "MOON" does not exist'],
    [{ lan: 'NOPE' }, 'lan "NOPE" does not exist'],
    [{ site: 'DEPOT' }, 'lan "soc-hall" is not at site "DEPOT"'],
    [{ smsConsent: 'perhaps' }, 'smsConsent "perhaps" is not yes or no'],
    [
      { name: '', email: 'x', department: 'XXX' },
      'name is empty; email "x" is not an email address; department "XXX" does not exist',
    ],
  ])('refuses %j: %s', (change, reason) => {
    expect(validateStaffRow({ ...good, ...change }, lookups)).toEqual({ ok: false, reason });
  });
});
