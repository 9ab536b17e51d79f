import { assertMayWorkOnTask, mayWorkOnTask } from './task-permissions';

describe(mayWorkOnTask.name, () => {
  it.each([
    ['an ITU member of the department', ['itu'], 'soc', true],
    ['an ITU member of another department', ['itu'], 'edu', false],
    ['an ITU member without a department', ['itu'], null, false],
    ['command staff', ['command'], null, true],
    ['an admin', ['admin'], null, true],
    ['the owner role alone', ['owner'], null, false],
    ['staff', ['staff'], 'soc', false],
  ] as const)('%s: %s', (_what, roles, departmentId, allowed) => {
    const user = { roles, departmentId };
    expect(mayWorkOnTask(user, 'soc')).toBe(allowed);
    if (allowed) expect(() => assertMayWorkOnTask(user, 'soc')).not.toThrow();
    else
      expect(() => assertMayWorkOnTask(user, 'soc')).toThrow(
        expect.objectContaining({ code: 'forbidden' }),
      );
  });

  it("tells an ITU member the task is another department's", () => {
    expect(() => assertMayWorkOnTask({ roles: ['itu'], departmentId: 'edu' }, 'soc')).toThrow(
      "That task belongs to another department's IT unit",
    );
  });
});
