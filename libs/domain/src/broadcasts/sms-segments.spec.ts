import { SmsLength, smsSegments } from './sms-segments';

const gsm = (segments: number, characters: number): SmsLength => ({
  segments,
  encoding: 'GSM-7',
  characters,
});
const ucs = (segments: number, characters: number): SmsLength => ({
  segments,
  encoding: 'UCS-2',
  characters,
});

describe(smsSegments.name, () => {
  it.each<[string, string, SmsLength]>([
    ['nothing', '', gsm(0, 0)],
    ['one plain character', 'a', gsm(1, 1)],
    ['160 plain characters', 'a'.repeat(160), gsm(1, 160)],
    ['161 plain characters', 'a'.repeat(161), gsm(2, 161)],
    ['306 plain characters (two full parts)', 'a'.repeat(306), gsm(2, 306)],
    ['307 plain characters', 'a'.repeat(307), gsm(3, 307)],
    ['GSM letters beyond ASCII (£, é, Ä, Δ)', '£éÄΔ', gsm(1, 4)],
    ['line breaks are GSM', 'a\nb\r\nc', gsm(1, 6)],
    ['an extension character counts twice', '€', gsm(1, 2)],
    ['every extension character counts twice', '^{}\\[~]|€\f', gsm(1, 20)],
    ['159 + an extension character overflows one segment', 'a'.repeat(159) + '€', gsm(2, 161)],
    ['158 + an extension character fits one segment', 'a'.repeat(158) + '€', gsm(1, 160)],
    // 152 septets then a pair: the pair moves whole to the second part
    [
      'an extension pair is not split across parts',
      'a'.repeat(152) + '€' + 'a'.repeat(8),
      gsm(2, 162),
    ],
    ['a pair pushed over makes a third part', 'a'.repeat(152) + '€' + 'a'.repeat(152), gsm(3, 306)],
    ['a curly quote forces UCS-2', 'It’s done', ucs(1, 9)],
    ['70 UCS-2 units', 'ł'.repeat(70), ucs(1, 70)],
    ['71 UCS-2 units', 'ł'.repeat(71), ucs(2, 71)],
    ['134 UCS-2 units (two full parts)', 'ł'.repeat(134), ucs(2, 134)],
    ['135 UCS-2 units', 'ł'.repeat(135), ucs(3, 135)],
    ['an emoji is two units', '👍', ucs(1, 2)],
    [
      'a surrogate pair is not split across parts',
      'ł'.repeat(66) + '👍' + 'ł'.repeat(66),
      ucs(3, 134),
    ],
    ['a lowercase ç is not GSM (only Ç is)', 'ç', ucs(1, 1)],
  ])('%s', (_what, text, expected) => {
    expect(smsSegments(text)).toEqual(expected);
  });
});
