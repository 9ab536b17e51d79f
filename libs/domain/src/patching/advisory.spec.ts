import {
  advisoryValues,
  affectedBuildOf,
  distinctBuilds,
  hasPatch,
  looksLikeServer,
} from './advisory';

describe(advisoryValues.name, () => {
  it('upper-cases the identifier and the patch and keeps each build once', () => {
    expect(
      advisoryValues({
        identifier: ' ms03-026 ',
        title: ' RPC DCOM ',
        severity: 'critical',
        affectedBuilds: ['Windows XP Professional SP1', ' windows xp  professional sp1', ''],
        patch: 'kb823980',
      }),
    ).toEqual({
      identifier: 'MS03-026',
      title: 'RPC DCOM',
      severity: 'critical',
      affectedBuilds: ['Windows XP Professional SP1'],
      patch: 'KB823980',
      summary: null,
    });
  });

  it('refuses an advisory affecting no build, naming the field', () => {
    expect(() =>
      advisoryValues({
        identifier: 'MS03-026',
        title: 't',
        severity: 'low',
        affectedBuilds: [' '],
        patch: 'MS03-026',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        extra: { errors: [expect.objectContaining({ field: 'affectedBuilds' })] },
      }),
    );
  });
});

describe(affectedBuildOf.name, () => {
  it.each([
    ['Windows 2000 Professional SP4', 'Windows 2000 Professional SP4'],
    ['windows 2000  professional sp4', 'Windows 2000 Professional SP4'],
    ['Windows 2000 Professional SP3', null],
    [null, null],
  ])('%s is %s', (os, build) => {
    expect(affectedBuildOf(['Windows 2000 Professional SP4', 'Windows XP'], os)).toBe(build);
  });
});

describe(looksLikeServer.name, () => {
  it.each([
    [{ os: 'Windows 2000 Server SP4', hostname: 'edu-hall-pc-001' }, true],
    [{ os: 'Windows Server 2003', hostname: 'x' }, true],
    [{ os: 'Windows XP Professional SP1', hostname: 'cit-dmz-srv-001' }, true],
    [{ os: 'Windows XP Professional SP1', hostname: 'soc-srvc-pc-002' }, false],
    [{ os: null, hostname: 'edu-hall-pc-001' }, false],
  ])('%o is %s', (device, server) => {
    expect(looksLikeServer(device)).toBe(server);
  });
});

describe('distinctBuilds and hasPatch', () => {
  it('keeps the first spelling and compares patches as baselines do', () => {
    expect(distinctBuilds(['A  B', 'a b', 'C'])).toEqual(['A B', 'C']);
    expect(hasPatch(['ms03-026'], 'MS03-026 ')).toBe(true);
    expect(hasPatch(['MS03-039'], 'MS03-026')).toBe(false);
  });
});
