import type { Role } from '@cordon/contracts';
import { decideClaimUnread, taskWorkScope } from './task-claim';
import { decideTaskChange } from './task-decision';
import { mayWorkOnTask } from './task-permissions';

const ANN = { id: 'ann', name: 'Ann' };

describe(taskWorkScope.name, () => {
  it.each([
    ['an ITU member of a department', ['itu'], 'soc', { kind: 'department', departmentId: 'soc' }],
    ['an ITU member without a department', ['itu'], null, null],
    ['command staff', ['command'], null, { kind: 'all' }],
    ['command staff who are also ITU members', ['itu', 'command'], 'soc', { kind: 'all' }],
    ['an admin', ['admin'], null, { kind: 'all' }],
    ['the owner role alone', ['owner'], null, null],
    ['staff', ['staff'], 'soc', null],
  ] as const)('%s', (_what, roles, departmentId, scope) => {
    expect(taskWorkScope({ roles: roles as readonly Role[], departmentId })).toEqual(scope);
  });

  it('agrees with mayWorkOnTask for every department', () => {
    const users = [
      { roles: ['itu'] as Role[], departmentId: 'soc' },
      { roles: ['itu'] as Role[], departmentId: null },
      { roles: ['command'] as Role[], departmentId: null },
      { roles: ['owner'] as Role[], departmentId: 'soc' },
    ];
    for (const user of users) {
      for (const dept of ['soc', 'edu']) {
        const scope = taskWorkScope(user);
        const inScope = scope !== null && (scope.kind === 'all' || scope.departmentId === dept);
        expect(inScope).toBe(mayWorkOnTask(user, dept));
      }
    }
  });
});

describe(decideClaimUnread.name, () => {
  it("guards an ITU member's claim by the open status and their department", () => {
    expect(decideClaimUnread(ANN, { kind: 'department', departmentId: 'soc' })).toEqual({
      command: 'claim',
      to: 'claimed',
      expect: { statuses: ['open'], departmentId: 'soc' },
      claim: { take: ANN },
      completion: 'keep',
      verification: 'keep',
    });
  });

  it("guards command staff's claim by the open status alone", () => {
    expect(decideClaimUnread(ANN, { kind: 'all' })?.expect).toEqual({ statuses: ['open'] });
  });

  it('has nothing to try for someone who may work on no tasks', () => {
    expect(decideClaimUnread(ANN, null)).toBeNull();
  });

  it('writes what decideTaskChange writes for an open task of the department', () => {
    const read = decideTaskChange(
      { status: 'open', claimedById: null, departmentId: 'soc' },
      { command: 'claim', actor: ANN },
    );
    expect(decideClaimUnread(ANN, { kind: 'department', departmentId: 'soc' })).toEqual(read);
  });
});
