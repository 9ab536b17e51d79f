import { pickTestDevices, TestCandidate } from './campaign-test-devices';

const XP = 'Windows XP Professional SP1';
const W2K = 'Windows 2000 Professional SP4';
const SRV = 'Windows 2000 Server SP4';

const device = (hostname: string, os: string | null, extra: Partial<TestCandidate> = {}) => ({
  id: hostname,
  hostname,
  os,
  patches: [],
  health: 'unknown',
  ...extra,
});

describe(pickTestDevices.name, () => {
  it('picks one device of each affected build, reporting builds nobody runs', () => {
    const result = pickTestDevices([XP, W2K, 'Windows NT 4.0'], 'MS03-026', [
      device('b-xp', XP),
      device('a-xp', XP),
      device('w2k', W2K),
      device('other', 'Windows 98'),
    ]);
    expect(result.picks.map((p) => [p.build, p.devices.map((d) => d.hostname)])).toEqual([
      [XP, ['a-xp']],
      [W2K, ['w2k']],
    ]);
    expect(result.buildsWithoutDevices).toEqual(['Windows NT 4.0']);
  });

  it.each([
    ['a desktop before a server', [device('a-srv-1', XP), device('z-pc', XP)], 'z-pc'],
    [
      'one without the patch before one that has it',
      [device('a-pc', XP, { patches: ['MS03-026'] }), device('b-pc', XP)],
      'b-pc',
    ],
    [
      'a healthy one before an infected one',
      [device('a-pc', XP, { health: 'infected' }), device('b-pc', XP, { health: 'clean' })],
      'b-pc',
    ],
    ['a server when the build is only servers', [device('dmz-srv-1', SRV)], 'dmz-srv-1'],
  ])('prefers %s', (_, devices, expected) => {
    const build = devices[0].os as string;
    const { picks } = pickTestDevices([build], 'MS03-026', devices);
    expect(picks[0].devices.map((d) => d.hostname)).toEqual([expected]);
  });

  it('picks more than one per build when asked, in rank order', () => {
    const { picks } = pickTestDevices(
      [XP],
      'MS03-026',
      [device('c-pc', XP), device('a-srv-1', XP), device('b-pc', XP)],
      2,
    );
    expect(picks[0].devices.map((d) => d.hostname)).toEqual(['b-pc', 'c-pc']);
  });
});
