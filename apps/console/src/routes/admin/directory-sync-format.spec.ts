import type { DirectorySyncReport } from '../../api/types';
import { changeWords, scheduleWords, syncSummary } from './directory-sync-format';

const report: DirectorySyncReport = {
  dryRun: true,
  entries: 3000,
  created: [],
  updated: [{ dn: 'uid=a', email: 'a@c.example', name: 'A', changes: ['mobile', 'department'] }],
  unchanged: 2996,
  rejected: [
    { dn: 'uid=b', reason: 'mail "x" is not an email address' },
    { dn: 'uid=c', reason: 'department "Parks" is not a department in Cordon' },
  ],
  leavers: [{ email: 'd@c.example', name: 'D', dn: 'uid=d' }],
  access: [],
};

describe('directory sync words', () => {
  it('sums a dry run up in the future tense and a real one in the past', () => {
    expect(syncSummary(report)).toBe(
      'Dry run, nothing written: 0 to create, 1 to update, 2,996 unchanged, 2 rejected, 1 leaver',
    );
    expect(
      syncSummary({
        ...report,
        dryRun: false,
        leavers: [],
        access: [
          {
            email: 'e@c.example',
            before: { roles: ['staff'], departmentId: null },
            after: { roles: ['itu'], departmentId: 'd1' },
            groups: ['G'],
          },
        ],
      }),
    ).toBe(
      'Synced: 0 created, 1 updated, 2,996 unchanged, 2 rejected, 0 leavers, 1 given new roles',
    );
  });

  it('names the changed fields in words', () => {
    expect(changeWords(['link', 'active', 'site', 'dn'])).toBe(
      'linked to the directory, back from leaving, office (site), moved in the directory',
    );
  });

  it('says how often it runs', () => {
    const status = {
      configured: true,
      url: 'ldap://x',
      baseDn: 'dc=x',
      scheduleMinutes: 60,
      last: null,
    };
    expect(scheduleWords(status)).toBe('every 60 minutes');
    expect(scheduleWords({ ...status, scheduleMinutes: null })).toBe('on demand only');
    expect(scheduleWords({ ...status, configured: false })).toBe('not configured');
  });
});
