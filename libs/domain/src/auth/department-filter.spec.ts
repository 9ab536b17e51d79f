import { readableDepartment } from './department-filter';

describe(readableDepartment.name, () => {
  it.each([
    [['command'], null, undefined, null],
    [['owner'], null, 'd2', 'd2'],
    [['admin'], 'd1', undefined, null],
    [['itu'], 'd1', undefined, 'd1'],
    [['itu'], 'd1', 'd1', 'd1'],
  ] as const)('roles %j of department %s asking for %s read %s', (roles, own, asked, expected) => {
    expect(readableDepartment({ roles, departmentId: own }, asked)).toBe(expected);
  });

  it.each([
    [['itu'], 'd1', 'd2'],
    [['itu'], null, undefined],
    [['staff'], 'd1', undefined],
  ] as const)('refuses roles %j of department %s asking for %s', (roles, own, asked) => {
    expect(() => readableDepartment({ roles, departmentId: own }, asked)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});
