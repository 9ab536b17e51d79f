import type { EventView } from '../../api/types';
import { campaignSentence } from './campaign-history';

const event = (type: string, data: Record<string, unknown>): EventView => ({
  seq: 1,
  at: '2026-12-03T10:00:00Z',
  type,
  actor: { id: 'o', name: 'Margaret Hale', kind: 'user' },
  data,
});
const depts = new Map([['soc', 'SOC']]);

describe(campaignSentence.name, () => {
  it.each([
    [
      event('campaign.created', { testDevices: [{ hostname: 'a' }, { hostname: 'b' }] }),
      'Margaret Hale started the campaign; like machines: a, b',
    ],
    [
      event('campaign.test_recorded', { hostname: 'a', result: 'failed', note: 'Reboot loop' }),
      'Margaret Hale recorded a failed (“Reboot loop”)',
    ],
    [
      event('campaign.approved', {
        patch: 'MS03-026',
        overridden: [{}],
        overrideReason: 'Vendor says so',
        baselineChanged: true,
      }),
      'Margaret Hale approved MS03-026 over 1 blocking test (“Vendor says so”); it joined the standard build',
    ],
    [
      event('campaign.stage_started', { departmentId: 'soc', devices: 3 }),
      'Margaret Hale started SOC’s stage: 3 devices pending',
    ],
    [
      event('campaign.device_completed', {
        hostname: 'soc-pc-1',
        outcome: 'patched',
        completedBy: { name: 'Sam' },
      }),
      'Sam marked soc-pc-1 patched',
    ],
    [
      event('campaign.incident_linked', { reference: 'INC-7', hostname: 'soc-mail-1' }),
      'Incident INC-7 opened for soc-mail-1, a live server',
    ],
    [event('campaign.something_new', {}), 'Margaret Hale: campaign.something_new'],
  ])('%#', (e, sentence) => {
    expect(campaignSentence(e, depts)).toBe(sentence);
  });
});
