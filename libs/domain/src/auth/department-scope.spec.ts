import {
  assertDepartmentAccess,
  canAccessDepartment,
  departmentScope,
  hasAnyRole,
} from './department-scope';

const D1 = 'd1';
const D2 = 'd2';

describe('departmentScope', () => {
  it.each([
    [['admin'], null, { kind: 'all' }],
    [['owner'], D1, { kind: 'all' }],
    [['command'], null, { kind: 'all' }],
    [['itu'], D1, { kind: 'department', departmentId: D1 }],
    [['itu'], null, { kind: 'none' }],
    [['staff'], D1, { kind: 'none' }],
    [['itu', 'command'], D1, { kind: 'all' }],
  ] as const)('roles %j in department %s see %j', (roles, departmentId, scope) => {
    expect(departmentScope({ roles, departmentId })).toEqual(scope);
  });

  it('lets an ITU member reach only their own department', () => {
    const itu = { roles: ['itu'] as const, departmentId: D1 };
    expect(canAccessDepartment(itu, D1)).toBe(true);
    expect(canAccessDepartment(itu, D2)).toBe(false);
    expect(canAccessDepartment(itu, null)).toBe(false);
    expect(() => assertDepartmentAccess(itu, D2)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });

  it('treats admin as holding every role', () => {
    expect(hasAnyRole({ roles: ['admin'], departmentId: null }, ['owner'])).toBe(true);
    expect(hasAnyRole({ roles: ['itu'], departmentId: D1 }, ['owner', 'command'])).toBe(false);
  });
});
