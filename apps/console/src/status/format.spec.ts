import type { StatusIncident, StatusLan, StatusView } from '../api/types';
import {
  changes,
  faultAnswerWords,
  fieldProblem,
  lansBySite,
  lastUpdatedWords,
  machinesDone,
  nextUpdateWords,
  phaseWords,
  severityWords,
  statusWords,
} from './format';

const lan = (code: string, phase: string, over: Partial<StatusLan> = {}): StatusLan => ({
  code,
  phase,
  lanId: `id-${code}`,
  name: `${code} name`,
  siteId: 'site-1',
  siteCode: 'HALL',
  siteName: 'Civic Hall',
  devices: { total: 30, done: 22 },
  ...over,
});

const incident = (over: Partial<StatusIncident> = {}): StatusIncident => ({
  reference: 'INC-2026-0001',
  title: 'Welchia',
  status: 'active',
  severity: 1,
  nextUpdateDueAt: '2026-12-03T15:00:00Z',
  latestUpdate: null,
  lans: [],
  ...over,
});

const view = (incidents: StatusIncident[]): StatusView => ({
  incidents,
  sites: [],
  updatedAt: '2026-12-03T14:00:00Z',
});

describe('status page words', () => {
  it.each([
    ['planned', 'Open, cleaning planned'],
    ['shut_down', 'Shut down'],
    ['cleaning', 'Closed for cleaning'],
    ['reopened', 'Back in service'],
    ['held_back', 'Held back'],
  ])('says phase %s as "%s"', (phase, words) => expect(phaseWords(phase)).toBe(words));

  it.each([
    ['active', 'Being dealt with'],
    ['contained', 'Contained: the spread has been stopped'],
    ['recovered', 'Recovering: services are coming back'],
    ['under_review', 'Under review'],
  ])('says status %s as "%s"', (status, words) => expect(statusWords(status)).toBe(words));

  it.each([
    [1, 'Critical (severity 1)'],
    [4, 'Minor (severity 4)'],
    [undefined, 'Severity not set'],
    [9, 'Severity not set'],
  ])('says severity %s as "%s"', (severity, words) => expect(severityWords(severity)).toBe(words));

  it.each([
    [{ total: 30, done: 22 }, '22 of 30 machines done'],
    [{ total: 1, done: 1 }, '1 of 1 machine done'],
    [{ total: 0, done: 0 }, 'No machines listed'],
    [{ total: 5, done: 9 }, '5 of 5 machines done'],
    [undefined, null],
  ])('counts machines %j as %s', (devices, words) => expect(machinesDone(devices)).toBe(words));

  it('gives the next update time in London time, and says when it is late', () => {
    const due = '2026-07-01T14:00:00Z'; // 15:00 BST
    expect(nextUpdateWords(due, Date.parse('2026-07-01T13:00:00Z'))).toBe('Next update by 15:00');
    expect(nextUpdateWords(due, Date.parse('2026-07-01T14:30:00Z'))).toBe(
      'Next update by 15:00 (expected shortly)',
    );
    expect(nextUpdateWords(null, 0)).toBe('No further update is planned');
    const at = Date.parse('2026-12-03T10:00:00Z');
    expect(lastUpdatedWords('2026-12-03T09:42:10Z', at)).toBe('Last updated 09:42');
    expect(lastUpdatedWords('2026-12-02T09:42:10Z', at)).toBe('Last updated Wed 2 Dec, 09:42');
  });

  it('groups an incident LANs by site name, sorted, with a place for LANs without a site', () => {
    const groups = lansBySite({
      lans: [
        lan('SOC-PARK', 'planned', { siteName: 'Parkside Centre', name: 'Social, Parkside' }),
        lan('SOC-HALL', 'cleaning', { name: 'Social, Civic Hall' }),
        lan('EDU-HALL', 'cleaning', { name: 'Education, Civic Hall' }),
        lan('X', 'planned', { siteName: '' }),
      ],
    });
    expect(groups.map((g) => [g.siteName, g.lans.map((l) => l.code)])).toEqual([
      ['Civic Hall', ['EDU-HALL', 'SOC-HALL']],
      ['Other places', ['X']],
      ['Parkside Centre', ['SOC-PARK']],
    ]);
  });

  it('says what changed between two statuses, and nothing on the first', () => {
    const before = view([incident({ lans: [lan('SOC-HALL', 'cleaning')] })]);
    expect(changes(null, before)).toEqual([]);
    const after = view([
      incident({
        lans: [lan('SOC-HALL', 'reopened')],
        latestUpdate: { message: 'Done', at: '2026-12-03T14:05:00Z' },
      }),
      incident({ reference: 'INC-2026-0002', title: 'Mail server' }),
    ]);
    expect(changes(before, after)).toEqual([
      'SOC-HALL name: back in service.',
      'New update on INC-2026-0001.',
      'New incident INC-2026-0002: Mail server.',
    ]);
    expect(changes(after, view([]))).toEqual([
      'Incident INC-2026-0001 is over.',
      'Incident INC-2026-0002 is over.',
    ]);
  });

  it('answers a fault report with the message and the incident it belongs to', () => {
    const answer = faultAnswerWords({
      message: 'Thank you. This is part of the known incident INC-2026-0001 (Welchia).',
      incident: {
        id: 'i',
        reference: 'INC-2026-0001',
        title: 'Welchia',
        status: 'active',
        nextUpdateDueAt: '2026-12-03T15:00:00Z',
      },
    });
    expect(answer.incident).toBe('Status: being dealt with. Next update by 15:00.');
    expect(faultAnswerWords({ message: 'Logged.', incident: null }).incident).toBeNull();
  });

  it('puts the api field errors beside the form control, in plain words', () => {
    expect(fieldProblem('lanId', 'lanId, siteId or staffId is required')).toEqual({
      control: 'siteId',
      words: 'Pick your site',
    });
    expect(fieldProblem('description', 'description is required')).toEqual({
      control: 'description',
      words: 'Say what is wrong',
    });
    expect(
      fieldProblem('contact', 'contact must be shorter than or equal to 200 characters'),
    ).toEqual({ control: 'contact', words: 'Must be shorter than or equal to 200 characters' });
  });
});
