import { DomainError } from '../errors/domain-error';
import { checkGroupMapping, GroupMapping, mapGroups } from './group-mapping';

const SOC = 'dep-soc';
const EDU = 'dep-edu';

const mappings: GroupMapping[] = [
  { group: 'Cordon ITU Social Care', role: 'itu', departmentId: SOC },
  { group: 'Cordon ITU Education', role: 'itu', departmentId: EDU },
  { group: 'Cordon Command', role: 'command', departmentId: null },
  { group: 'Cordon Owners', role: 'owner', departmentId: null },
  { group: 'Cordon Admins', role: 'admin', departmentId: null },
  { group: 'All Staff Education', role: 'staff', departmentId: EDU },
];

describe('mapGroups', () => {
  it.each([
    [['Cordon ITU Social Care'], ['itu'], SOC],
    [['Cordon Command'], ['command'], null],
    [['cordon command '], ['command'], null],
    [['Cordon ITU Social Care', 'Cordon Command'], ['command', 'itu'], SOC],
    [['All Staff Education', 'Cordon Owners'], ['owner', 'staff'], EDU],
    [['Cordon Admins', 'Cordon ITU Education', 'Unrelated'], ['admin', 'itu'], EDU],
  ] as const)('maps %j to roles %j and department %s', (groups, roles, departmentId) => {
    const mapped = mapGroups(groups, mappings);
    expect(mapped?.roles).toEqual(roles);
    expect(mapped?.departmentId).toBe(departmentId);
  });

  it('refuses (null) a user none of whose groups is mapped', () => {
    expect(mapGroups(['Finance', 'Everyone'], mappings)).toBeNull();
    expect(mapGroups([], mappings)).toBeNull();
    expect(mapGroups(['Cordon Command'], [])).toBeNull();
  });

  it('gives the department of the most privileged matched mapping that names one', () => {
    const mapped = mapGroups(['All Staff Education', 'Cordon ITU Social Care'], mappings);
    expect(mapped).toEqual({
      roles: ['itu', 'staff'],
      departmentId: SOC,
      matchedGroups: ['Cordon ITU Social Care', 'All Staff Education'],
    });
  });

  it('breaks a tie between mappings of one role by group name, whatever the order', () => {
    const groups = ['Cordon ITU Social Care', 'Cordon ITU Education'];
    expect(mapGroups(groups, mappings)?.departmentId).toBe(EDU);
    expect(mapGroups([...groups].reverse(), [...mappings].reverse())?.departmentId).toBe(EDU);
  });

  it('lists a group that maps to two roles once', () => {
    const twice: GroupMapping[] = [
      { group: 'Duty', role: 'owner', departmentId: null },
      { group: 'Duty', role: 'command', departmentId: null },
    ];
    expect(mapGroups(['duty'], twice)).toEqual({
      roles: ['owner', 'command'],
      departmentId: null,
      matchedGroups: ['Duty'],
    });
  });
});

describe('checkGroupMapping', () => {
  const field = (input: GroupMapping): string | undefined => {
    try {
      checkGroupMapping(input);
      return undefined;
    } catch (err) {
      return ((err as DomainError).extra['errors'] as { field: string }[])[0]?.field;
    }
  };

  it('trims the group name', () => {
    expect(checkGroupMapping({ group: '  Ops ', role: 'command', departmentId: null })).toEqual({
      group: 'Ops',
      role: 'command',
      departmentId: null,
    });
  });

  it.each([
    [{ group: '  ', role: 'command', departmentId: null }, 'group'],
    [{ group: 'x'.repeat(257), role: 'command', departmentId: null }, 'group'],
    [{ group: 'ITU', role: 'itu', departmentId: null }, 'departmentId'],
    [{ group: 'Root', role: 'root', departmentId: null }, 'role'],
  ] as [GroupMapping, string][])('refuses %j naming %s', (input, name) => {
    expect(field(input)).toBe(name);
  });
});
