import { campaignEventDeviceIds, scopeCampaignEventData } from './campaign-event-scope';

const departments: Record<string, string> = { socPc: 'soc', eduPc: 'edu' };
const departmentOf = (id: string) => departments[id];

describe(scopeCampaignEventData.name, () => {
  it('gives everyone who reads every department the event as it is', () => {
    const data = { deviceId: 'socPc', hostname: 'soc-pc-1' };
    expect(scopeCampaignEventData(data, null, departmentOf)).toBe(data);
  });

  it('leaves out an event about another department’s device or stage', () => {
    expect(scopeCampaignEventData({ deviceId: 'socPc' }, 'edu', departmentOf)).toBeNull();
    expect(scopeCampaignEventData({ departmentId: 'soc' }, 'edu', departmentOf)).toBeNull();
    expect(scopeCampaignEventData({ deviceId: 'unknown' }, 'edu', departmentOf)).toBeNull();
  });

  it('keeps an event about the reader’s own device or stage', () => {
    expect(scopeCampaignEventData({ deviceId: 'eduPc' }, 'edu', departmentOf)).toEqual({
      deviceId: 'eduPc',
    });
    expect(scopeCampaignEventData({ departmentId: 'edu' }, 'edu', departmentOf)).toEqual({
      departmentId: 'edu',
    });
  });

  it('keeps only the reader’s devices in an event’s lists', () => {
    const data = {
      identifier: 'MS03-026',
      testDevices: [
        { deviceId: 'socPc', hostname: 'soc-pc-1' },
        { deviceId: 'eduPc', hostname: 'edu-pc-1' },
      ],
      overridden: [{ why: 'untested_build', deviceId: null }],
      patches: ['MS03-026'],
    };
    expect(scopeCampaignEventData(data, 'edu', departmentOf)).toEqual({
      identifier: 'MS03-026',
      testDevices: [{ deviceId: 'eduPc', hostname: 'edu-pc-1' }],
      overridden: [{ why: 'untested_build', deviceId: null }],
      patches: ['MS03-026'],
    });
  });
});

describe(campaignEventDeviceIds.name, () => {
  it('names the devices at the top and in the lists', () => {
    expect(
      campaignEventDeviceIds({ deviceId: 'a', testDevices: [{ deviceId: 'b' }, { x: 1 }], n: 2 }),
    ).toEqual(['a', 'b']);
  });
});
