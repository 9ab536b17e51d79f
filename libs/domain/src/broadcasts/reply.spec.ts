import { parseReply } from './reply';

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

  it.each(['NO', 'STOP', 'yesterday', 'not ok', '', '   ', 'who is this?', null, undefined])(
    '%j does not',
    (body) => expect(parseReply(body)).toBe('other'),
  );
});
