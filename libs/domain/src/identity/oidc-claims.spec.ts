import { groupsFromClaim, providerIdentity } from './oidc-claims';

const iss = 'https://login.microsoftonline.com/t/v2.0';

describe('providerIdentity', () => {
  it('reads subject, email, name and groups', () => {
    expect(
      providerIdentity(
        {
          iss,
          sub: 'abc',
          email: 'Ann.Lee@Council.Example',
          name: 'Ann Lee',
          groups: ['g1', ' g2 '],
        },
        'groups',
      ),
    ).toEqual({
      issuer: iss,
      subject: 'abc',
      email: 'ann.lee@council.example',
      name: 'Ann Lee',
      groups: ['g1', 'g2'],
    });
  });

  it('takes the email from preferred_username or upn when there is no email claim', () => {
    const id = providerIdentity(
      { iss, sub: 's', preferred_username: 'bo@council.example' },
      'groups',
    );
    expect([id.email, id.name, id.groups]).toEqual([
      'bo@council.example',
      'bo@council.example',
      [],
    ]);
    expect(
      providerIdentity({ iss, sub: 's', preferred_username: 'bo', upn: 'Bo@x.example' }, 'groups')
        .email,
    ).toBe('bo@x.example');
  });

  it('builds the name from given and family names', () => {
    const claims = { iss, sub: 's', email: 'c@x.example', given_name: 'Cy', family_name: 'Ng' };
    expect(providerIdentity(claims, 'groups').name).toBe('Cy Ng');
  });

  it('reads the groups from the configured claim', () => {
    const claims = {
      iss,
      sub: 's',
      email: 'c@x.example',
      groups: ['no'],
      roles: ['Cordon.Command'],
    };
    expect(providerIdentity(claims, 'roles').groups).toEqual(['Cordon.Command']);
  });

  it.each([
    [{ sub: 's', email: 'c@x.example' }, /iss or sub/],
    [{ iss, email: 'c@x.example' }, /iss or sub/],
    [{ iss, sub: 's', preferred_username: 'not-an-address' }, /no email/],
    [{ iss, sub: 's', email: 'c@x.example', groups: [1, 2] }, /groups claim/],
  ])('refuses %j with sso_failed', (claims, message) => {
    expect(() => providerIdentity(claims, 'groups')).toThrow(message);
  });
});

describe('groupsFromClaim', () => {
  it.each([
    [undefined, []],
    [null, []],
    ['one', ['one']],
    [
      ['a', '', ' b'],
      ['a', 'b'],
    ],
  ])('reads %j as %j', (value, groups) => {
    expect(groupsFromClaim(value, 'groups')).toEqual(groups);
  });

  it('refuses an object', () => {
    expect(() => groupsFromClaim({ a: 1 }, 'groups')).toThrow(/not a list/);
  });
});
