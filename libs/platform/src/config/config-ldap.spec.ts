import { ConfigError, loadConfig } from './config';
import { AD_PERSON_FILTER } from './config-ldap';

const ad = {
  LDAP_URL: 'ldaps://dc1.council.example',
  LDAP_BIND_DN: 'CN=svc-cordon,OU=Service,DC=council,DC=example',
  LDAP_BIND_PASSWORD: 's3cret',
  LDAP_BASE_DN: 'OU=Staff,DC=council,DC=example',
};

describe('loadConfig: LDAP_*', () => {
  it('is null when LDAP_URL is unset: staff come from CSV imports only', () => {
    expect(loadConfig({}).ldap).toBeNull();
  });

  it('has Active Directory defaults for the filter, attributes, page size and schedule', () => {
    expect(loadConfig(ad).ldap).toEqual({
      url: ad.LDAP_URL,
      bindDn: ad.LDAP_BIND_DN,
      bindPassword: 's3cret',
      baseDn: ad.LDAP_BASE_DN,
      filter: AD_PERSON_FILTER,
      attributes: {
        name: ['displayName', 'cn'],
        mail: 'mail',
        mobile: 'mobile',
        department: 'department',
        site: 'physicalDeliveryOfficeName',
        lan: null,
        groups: 'memberOf',
        id: 'objectGUID',
      },
      pageSize: 500,
      syncMinutes: 60,
      timeoutMs: 30_000,
      tls: { startTls: false, caFile: null, rejectUnauthorized: true },
    });
  });

  it('takes an OpenLDAP mapping, on-demand only (0 minutes) and StartTLS', () => {
    const ldap = loadConfig({
      ...ad,
      LDAP_URL: 'ldap://127.0.0.1:3890',
      LDAP_FILTER: '(objectClass=inetOrgPerson)',
      LDAP_ATTR_ID: 'entryUUID',
      LDAP_ATTR_NAME: 'cn',
      LDAP_ATTR_SITE: 'l',
      LDAP_ATTR_LAN: 'roomNumber',
      LDAP_SYNC_MINUTES: '0',
      LDAP_STARTTLS: 'yes',
      LDAP_PAGE_SIZE: '1000',
    }).ldap;
    expect(ldap).toMatchObject({
      filter: '(objectClass=inetOrgPerson)',
      attributes: { id: 'entryUUID', name: ['cn'], site: 'l', lan: 'roomNumber' },
      syncMinutes: null,
      pageSize: 1000,
      tls: { startTls: true },
    });
  });

  it.each([
    [{ LDAP_BASE_DN: 'OU=Staff' }, 'LDAP_URL is required when LDAP_BASE_DN is set'],
    [
      { ...ad, LDAP_URL: 'http://dc1' },
      'LDAP_URL must be ldap://host[:port] or ldaps://host[:port]',
    ],
    [
      { ...ad, LDAP_URL: 'dc1' },
      'LDAP_URL is not a valid URL (ldap://host:389 or ldaps://host:636)',
    ],
    [{ ...ad, LDAP_BIND_DN: '' }, 'LDAP_BIND_DN is required when LDAP_URL is set'],
    [{ ...ad, LDAP_BIND_PASSWORD: '' }, 'LDAP_BIND_PASSWORD is required when LDAP_URL is set'],
    [
      { ...ad, LDAP_BASE_DN: 'council.example' },
      'LDAP_BASE_DN is not a DN (e.g. OU=Staff,DC=council,DC=example)',
    ],
    [
      { ...ad, LDAP_FILTER: 'objectClass=user' },
      'LDAP_FILTER must be an LDAP filter in parentheses',
    ],
    [{ ...ad, LDAP_FILTER: '(&(a=b)' }, 'LDAP_FILTER must be an LDAP filter in parentheses'],
    [
      { ...ad, LDAP_ATTR_MAIL: 'mail;x' },
      'LDAP_ATTR_MAIL must be an attribute name (letters, digits and -)',
    ],
    [
      { ...ad, LDAP_ATTR_NAME: 'displayName,,cn' },
      'LDAP_ATTR_NAME must be attribute names separated by commas',
    ],
    [{ ...ad, LDAP_PAGE_SIZE: '5000' }, 'LDAP_PAGE_SIZE must be a whole number between 1 and 1000'],
    [
      { ...ad, LDAP_SYNC_MINUTES: 'hourly' },
      'LDAP_SYNC_MINUTES must be a whole number between 0 and 10080',
    ],
    [{ ...ad, LDAP_STARTTLS: 'maybe' }, 'LDAP_STARTTLS must be true or false'],
    [
      { ...ad, LDAP_STARTTLS: 'yes' },
      'LDAP_STARTTLS is for ldap:// URLs (ldaps:// is TLS already)',
    ],
    [
      { ...ad, LDAP_TLS_CA_FILE: '/nowhere/ca.pem' },
      'LDAP_TLS_CA_FILE /nowhere/ca.pem does not exist',
    ],
  ])('refuses a bad setting (case %#) with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });
});
