import {
  DirectoryAttributeNames,
  DirectoryEntry,
  SyncLookups,
  validateDirectoryEntry,
} from './directory-entry';

const lookups: SyncLookups = {
  departments: new Map([['SOC', 'd-soc']]),
  departmentNames: new Map([['social services', 'd-soc']]),
  sites: new Map([['HALL', 's-hall']]),
  siteNames: new Map([['civic hall', 's-hall']]),
  lans: new Map([
    ['SOC-HALL', { id: 'l-soc-hall', siteId: 's-hall', departmentId: 'd-soc', cidr: null }],
    ['SOC-DEPOT', { id: 'l-soc-depot', siteId: 's-depot', departmentId: 'd-soc', cidr: null }],
  ]),
};

const ad: DirectoryAttributeNames = {
  id: 'objectGUID',
  name: 'displayName',
  mail: 'mail',
  mobile: 'mobile',
  department: 'department',
  site: 'physicalDeliveryOfficeName',
  lan: null,
};

const ann: DirectoryEntry = {
  dn: 'CN=Ann Smith,OU=Staff,DC=council,DC=example',
  id: 'guid-ann',
  name: ' Ann  Smith ',
  mail: 'Ann.Smith@Council.example',
  mobile: '+44 7700 900123',
  department: 'Social  Services',
  site: 'civic hall',
  lan: null,
  groups: [],
};

describe(validateDirectoryEntry.name, () => {
  it('maps an AD entry: department and office by name, email lower-cased, mobile in E.164, LAN left alone', () => {
    expect(validateDirectoryEntry(ann, ad, lookups)).toEqual({
      ok: true,
      row: {
        directoryId: 'guid-ann',
        dn: ann.dn,
        name: 'Ann Smith',
        email: 'ann.smith@council.example',
        mobile: '+447700900123',
        departmentId: 'd-soc',
        siteId: 's-hall',
        lanId: undefined,
      },
    });
  });

  it('takes codes too, no office and no mobile', () => {
    const result = validateDirectoryEntry(
      { ...ann, department: 'soc', site: null, mobile: null },
      ad,
      lookups,
    );
    expect(result).toMatchObject({
      ok: true,
      row: { departmentId: 'd-soc', siteId: null, mobile: null },
    });
  });

  it('sets the LAN and its site when the directory holds one, and clears it when the entry has none', () => {
    const withLan = { ...ad, lan: 'roomNumber' };
    expect(
      validateDirectoryEntry({ ...ann, site: null, lan: 'soc-hall' }, withLan, lookups),
    ).toMatchObject({
      ok: true,
      row: { lanId: 'l-soc-hall', siteId: 's-hall' },
    });
    expect(validateDirectoryEntry(ann, withLan, lookups)).toMatchObject({
      ok: true,
      row: { lanId: null },
    });
    expect(validateDirectoryEntry({ ...ann, lan: 'SOC-DEPOT' }, withLan, lookups)).toEqual({
      ok: false,
      reason: 'roomNumber "SOC-DEPOT" is not at physicalDeliveryOfficeName "civic hall"',
    });
  });

  it('refuses with every problem, each naming the attribute and its value', () => {
    expect(
      validateDirectoryEntry(
        {
          ...ann,
          id: null,
          name: null,
          mail: 'ann at council',
          mobile: '07700 900123',
          department: 'Parks',
          site: 'Depot',
        },
        ad,
        lookups,
      ),
    ).toEqual({
      ok: false,
      reason:
        'objectGUID is missing; displayName is missing; mail "ann at council" is not an email address; ' +
        'mobile "07700 900123" is not in E.164 form (e.g. +447700900123); ' +
        'department "Parks" is not a department in Cordon; physicalDeliveryOfficeName "Depot" is not a site in Cordon',
    });
    expect(validateDirectoryEntry({ ...ann, mail: null, department: null }, ad, lookups)).toEqual({
      ok: false,
      reason: 'mail is missing; department is missing',
    });
  });
});
