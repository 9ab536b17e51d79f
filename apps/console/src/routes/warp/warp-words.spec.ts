import {
  answeredWords,
  changesPrompts,
  changesSendings,
  changesSummary,
  openPrompts,
  sendingWords,
  WarpSendingView,
} from './warp-words';

const sending = (over: Partial<WarpSendingView>): WarpSendingView => ({
  sendingId: 's',
  seq: 9,
  at: '2026-09-01T10:00:00Z',
  hash: 'abc',
  via: 'email',
  to: 'warp@sector.example',
  sentBy: { id: 'u', name: 'Owner' },
  answers: [],
  departmentNames: false,
  withNarrative: false,
  delivered: false,
  failed: null,
  ...over,
});

describe('sendingWords', () => {
  it.each([
    [{ via: 'by_hand', to: null, delivered: null }, 'Recorded as sent by hand (downloaded)'],
    [{}, 'Email to warp@sector.example waiting to go'],
    [{ delivered: true }, 'Emailed to warp@sector.example'],
    [{ failed: '550 no such user' }, 'Email to warp@sector.example failed: 550 no such user'],
  ] as const)('%j reads "%s"', (over, words) => {
    expect(sendingWords(sending(over as Partial<WarpSendingView>))).toBe(words);
  });
});

describe('answeredWords', () => {
  it('names each moment once, in order', () => {
    expect(answeredWords(['decision:9', 'declared:1', 'decision:4'])).toBe('decision, declared');
    expect(answeredWords([])).toBe('no open prompt');
  });
});

describe('the events the WARP screens follow', () => {
  it('re-reads prompts on the moments and on sendings, not on task chatter', () => {
    expect(changesPrompts('incident.decision_marked')).toBe(true);
    expect(changesPrompts('warp.summary_sent')).toBe(true);
    expect(changesPrompts('task.completed')).toBe(false);
    expect(changesSendings('warp.summary_emailed')).toBe(true);
    expect(changesSendings('lan.phase_changed')).toBe(false);
    expect(changesSummary('task.completed')).toBe(true);
    expect(changesSummary('broadcast.progress')).toBe(false);
  });

  it('keeps the open prompts', () => {
    const p = (id: string, answeredBySeq: number | null) => ({
      id,
      moment: 'declared' as const,
      seq: 1,
      at: '',
      label: '',
      answeredBySeq,
    });
    expect(openPrompts([p('a', 3), p('b', null)]).map((x) => x.id)).toEqual(['b']);
  });
});
