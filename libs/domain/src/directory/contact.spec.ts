import { normaliseCode, normaliseEmail, normaliseMobile, parseYesNo } from './contact';

describe(normaliseMobile.name, () => {
  it.each([
    ['+447700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+44 (0)7700-900.123', '+447700900123'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['07700900123', null],
    ['447700900123', null],
    ['+0447700900123', null],
    ['+4477', null],
    ['+4477009001234567', null],
    ['+44770090012a', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseMobile(raw)).toBe(expected);
  });
});

describe(normaliseEmail.name, () => {
  it.each([
    [' Ann.Smith@Council.GOV.uk ', 'ann.smith@council.gov.uk'],
    ['ann@council', null],
    ['ann smith@council.gov.uk', null],
    ['@council.gov.uk', null],
    ['ann@@council.gov.uk', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });
});

describe(normaliseCode.name, () => {
  it.each([
    [' soc ', 'SOC'],
    ['EDU-LAN-01', 'EDU-LAN-01'],
    ['has space', null],
    ['', null],
    ['-X', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseCode(raw)).toBe(expected);
  });
});

describe(parseYesNo.name, () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['true', true],
    ['1', true],
    ['no', false],
    ['', false],
    ['0', false],
    ['maybe', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseYesNo(raw)).toBe(expected);
  });
});
