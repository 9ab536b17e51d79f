import {
  OPT_OUT_WORDS,
  parseReply,
  REPLY_EVENT_TEXT_MAX,
  replyEffects,
  ReplyMeaning,
  replyNote,
  replyText,
} from './reply';

describe(parseReply.name, () => {
  it.each([
    'YES',
    'yes',
    ' Yes ',
    'yes.',
    'Yes, thanks',
    'OK',
    'ok!',
    'Okay',
    'y',
    'Confirmed',
    'ＹＥＳ',
  ])('%j acknowledges', (body) => expect(parseReply(body)).toBe('acknowledge'));

  it.each([
    ...OPT_OUT_WORDS,
    'stop',
    ' Stop ',
    'STOP.',
    'stop!',
    'Unsubscribe',
    'optout',
    'ＳＴＯＰ',
  ])('%j opts out', (body) => expect(parseReply(body)).toBe('opt_out'));

  it.each(['START', 'start', 'Unstop', 'START!'])('%j opts in', (body) =>
    expect(parseReply(body)).toBe('opt_in'),
  );

  it.each([
    'NO',
    'yesterday',
    'not ok',
    'my PC still shows the worm',
    'stop sending me these',
    'cancel that, my PC is still infected',
    'please start again',
    'STOPPED',
    '',
    '   ',
    'who is this?',
    null,
    undefined,
  ])('%j is a message for the owner', (body) => expect(parseReply(body)).toBe('other'));
});

describe(replyEffects.name, () => {
  it.each<[ReplyMeaning, boolean, ReturnType<typeof replyEffects>]>([
    ['opt_out', false, { consent: 'withdraw', acknowledge: false, showOwner: false }],
    ['opt_out', true, { consent: 'withdraw', acknowledge: false, showOwner: false }],
    ['opt_in', false, { consent: 'restore', acknowledge: false, showOwner: false }],
    ['opt_in', true, { consent: 'restore', acknowledge: false, showOwner: false }],
    ['acknowledge', false, { consent: null, acknowledge: true, showOwner: false }],
    ['acknowledge', true, { consent: 'restore', acknowledge: true, showOwner: false }],
    ['other', false, { consent: null, acknowledge: false, showOwner: true }],
    ['other', true, { consent: null, acknowledge: false, showOwner: true }],
  ])('%s (opted out before: %s)', (meaning, optedOut, effects) =>
    expect(replyEffects(meaning, optedOut)).toEqual(effects),
  );
});

describe(replyText.name, () => {
  it('folds whitespace and control characters', () => {
    expect(replyText('  my PC\n\tstill shows\u0000 the worm  ')).toEqual({
      text: 'my PC still shows the worm',
      truncated: false,
    });
  });

  it('cuts a long reply to the limit, marked', () => {
    const { text, truncated } = replyText('a'.repeat(2000));
    expect(truncated).toBe(true);
    expect([...text]).toHaveLength(REPLY_EVENT_TEXT_MAX);
    expect(text.endsWith('…')).toBe(true);
  });

  it('never splits a character made of two code units', () => {
    const { text } = replyText('😀'.repeat(10), 5);
    expect(text).toBe('😀😀😀😀…');
  });

  it('keeps an empty reply empty', () => {
    expect(replyText(undefined)).toEqual({ text: '', truncated: false });
  });
});

describe(replyNote.name, () => {
  it.each(['YES', 'ok!', ' Yes, thanks ', 'OK thx', 'yes ok', null])(
    '%j says nothing more',
    (body) => expect(replyNote(body)).toBeNull(),
  );

  it('keeps what an acknowledgement says beyond the word', () => {
    expect(replyNote('OK but my PC\nstill shows the worm')).toBe(
      'OK but my PC still shows the worm',
    );
  });
});
