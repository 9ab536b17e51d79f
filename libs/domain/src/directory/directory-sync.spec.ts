import type { DirectoryEntry, SyncedStaff } from './directory-entry';
import { ExistingStaff, planDirectorySync, syncEvent } from './directory-sync';
import type { RowResult } from './staff-row';

const entry = (n: string, over: Partial<DirectoryEntry> = {}): DirectoryEntry => ({
  dn: `uid=${n},ou=staff`,
  id: `id-${n}`,
  name: n,
  mail: `${n}@c.example`,
  mobile: null,
  department: 'd1',
  site: null,
  lan: null,
  groups: [],
  ...over,
});

/** A stand-in for validateDirectoryEntry: refuses a mail without @, ids as given. */
const validate = (e: DirectoryEntry): RowResult<SyncedStaff> =>
  e.mail?.includes('@') && e.id
    ? {
        ok: true,
        row: {
          directoryId: e.id,
          dn: e.dn,
          name: e.name ?? '',
          email: e.mail,
          mobile: e.mobile,
          departmentId: e.department ?? '',
          siteId: e.site,
          lanId: undefined,
        },
      }
    : { ok: false, reason: `mail "${e.mail}" is not an email address` };

const held = (n: string, over: Partial<ExistingStaff> = {}): ExistingStaff => ({
  id: `s-${n}`,
  directoryId: `id-${n}`,
  dn: `uid=${n},ou=staff`,
  name: n,
  email: `${n}@c.example`,
  mobile: null,
  departmentId: 'd1',
  siteId: null,
  lanId: 'lan-kept',
  active: true,
  ...over,
});

const names = { id: 'entryUUID', mail: 'mail' };
const plan = (entries: DirectoryEntry[], existing: ExistingStaff[]) =>
  planDirectorySync(entries, existing, validate, names, false);

describe(planDirectorySync.name, () => {
  it('creates the new, updates only real changes (the LAN left alone when not held), counts the rest', () => {
    const result = plan(
      [entry('b', { mobile: '+447700900001', department: 'd2' }), entry('a'), entry('c')],
      [held('a'), held('b')],
    );
    expect(result.report).toEqual({
      dryRun: false,
      entries: 3,
      created: [{ dn: 'uid=c,ou=staff', email: 'c@c.example', name: 'c' }],
      updated: [
        {
          dn: 'uid=b,ou=staff',
          email: 'b@c.example',
          name: 'b',
          changes: ['mobile', 'department'],
        },
      ],
      unchanged: 1,
      rejected: [],
      leavers: [],
      access: [],
    });
    expect(result.updates.map((u) => u.id)).toEqual(['s-b']);
  });

  it('marks as leavers only people an earlier sync linked, never one whose entry was refused', () => {
    const result = plan(
      [entry('a', { mail: 'broken' })],
      [held('a'), held('gone'), held('csv', { directoryId: null }), held('old', { active: false })],
    );
    expect(result.report.rejected).toEqual([
      { dn: 'uid=a,ou=staff', reason: 'mail "broken" is not an email address' },
    ]);
    expect(result.report.leavers).toEqual([
      { email: 'gone@c.example', name: 'gone', dn: 'uid=gone,ou=staff' },
    ]);
    expect(result.leavers.map((l) => l.id)).toEqual(['s-gone']);
  });

  it('links a person known by email, takes over the row of an account gone from the directory, reactivates a leaver', () => {
    const result = plan(
      [entry('csv'), entry('new', { mail: 'old@c.example', name: 'old' }), entry('back')],
      [held('csv', { directoryId: null, dn: null }), held('old'), held('back', { active: false })],
    );
    expect(result.report.updated.map((u) => [u.dn, u.changes])).toEqual([
      ['uid=back,ou=staff', ['active']],
      ['uid=csv,ou=staff', ['link', 'dn']],
      ['uid=new,ou=staff', ['link', 'dn']],
    ]);
    expect(result.report.leavers).toEqual([]);
  });

  it('refuses an id or email met twice, and an email another person holds', () => {
    const result = plan(
      [
        entry('a'),
        entry('a2', { id: 'id-a' }),
        entry('b', { mail: 'a@c.example' }),
        entry('c', { mail: 'x@c.example' }),
      ],
      [held('x'), held('c')],
    );
    expect(result.report.rejected).toEqual([
      { dn: 'uid=a2,ou=staff', reason: 'entryUUID id-a is also on uid=a,ou=staff' },
      { dn: 'uid=b,ou=staff', reason: 'mail "a@c.example" is also on uid=a,ou=staff' },
      { dn: 'uid=c,ou=staff', reason: `mail "x@c.example" is another member of staff's in Cordon` },
    ]);
    expect(result.report.created.map((c) => c.dn)).toEqual(['uid=a,ou=staff']);
    // x is still in the directory? No: its entry is gone, so x leaves; c's entry was refused, so c stays
    expect(result.report.leavers.map((l) => l.email)).toEqual(['x@c.example']);
  });

  it('gives the event its counts and the leavers it names', () => {
    const result = plan([entry('a')], [held('gone')]);
    expect(syncEvent(result.report, 'schedule')).toEqual({
      trigger: 'schedule',
      entries: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      leavers: 1,
      accessChanged: 0,
      leaverEmails: ['gone@c.example'],
    });
  });
});
