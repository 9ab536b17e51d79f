import type { Role } from '@cordon/contracts';
import { assertMayOwnIncident, mayOwnIncident } from './incident-ownership';

describe(mayOwnIncident.name, () => {
  it.each<[Role[], boolean, boolean]>([
    [['owner'], true, true],
    [['command'], true, true],
    [['admin'], true, true],
    [['itu', 'owner'], true, true],
    [['itu'], true, false],
    [['staff'], true, false],
    [[], true, false],
    [['owner'], false, false],
    [['admin'], false, false],
  ])('roles %j, active %s: may own %s', (roles, active, expected) => {
    expect(mayOwnIncident({ roles, active })).toBe(expected);
  });

  it('refuses an unknown user', () => {
    expect(mayOwnIncident(null)).toBe(false);
  });
});

describe(assertMayOwnIncident.name, () => {
  it('names the field of a user who may not own', () => {
    expect(() => assertMayOwnIncident({ roles: ['itu'], active: true }, 'toUserId')).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        extra: {
          errors: [
            { field: 'toUserId', message: 'must be an active user with the owner or command role' },
          ],
        },
      }),
    );
    expect(() => assertMayOwnIncident({ roles: ['owner'], active: true }, 'ownerId')).not.toThrow();
  });
});
