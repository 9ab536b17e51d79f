import {
  importSummary,
  parsePatches,
  rejectedRows,
  rolesWords,
  userFormProblem,
} from './admin-format';

describe('admin screens helpers', () => {
  it.each([
    ['MS03-026\nMS03-039', ['MS03-026', 'MS03-039']],
    [' ms03-026, MS03-039 ;MS03-026 ', ['MS03-026', 'MS03-039']],
    ['', []],
  ])('reads the patches in %j', (text, patches) => expect(parsePatches(text)).toEqual(patches));

  it('sums up an import in words', () => {
    expect(
      importSummary({ created: 12, updated: 3, deleted: 0, rejected: [{ line: 4, reason: 'x' }] }),
    ).toBe('12 created, 3 updated, 1 rejected');
    expect(importSummary({ created: 0, updated: 0, deleted: 2, rejected: [] })).toBe(
      '0 created, 0 updated, 2 removed, 0 rejected',
    );
  });

  it('shows each rejected line with its text from the file, header being line 1', () => {
    const csv = 'name,email\r\nAnn,ann@x\nBob,not-an-email\n';
    expect(
      rejectedRows(csv, [
        { line: 3, reason: 'email is not valid' },
        { line: 2, reason: 'duplicate' },
        { line: 9, reason: 'beyond the file' },
      ]),
    ).toEqual([
      { line: 2, text: 'Ann,ann@x', reason: 'duplicate' },
      { line: 3, text: 'Bob,not-an-email', reason: 'email is not valid' },
      { line: 9, text: null, reason: 'beyond the file' },
    ]);
  });

  it('names roles in words and wants a department for an ITU member', () => {
    expect(rolesWords(['owner', 'itu', 'auditor'])).toBe(
      'Incident owner, Department IT unit, auditor',
    );
    expect(userFormProblem(['itu'], '')).toMatch(/needs a department/);
    expect(userFormProblem(['itu'], 'dep-1')).toBeNull();
    expect(userFormProblem(['owner'], '')).toBeNull();
  });
});
