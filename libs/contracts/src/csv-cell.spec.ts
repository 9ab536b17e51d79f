import fc from 'fast-check';
import { csvCell, neutraliseCsvValue, readCsvCell } from './csv-cell';

describe('csv cells Cordon writes', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', "'=quoted"])(
    'neutralises %j so no spreadsheet runs it',
    (value) => {
      expect(neutraliseCsvValue(value)).toBe(`'${value}`);
      expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
    },
  );

  it('leaves ordinary values alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('Civic Hall')).toBe('Civic Hall');
    expect(csvCell('{"a":1}')).toBe('"{""a"":1}"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('reads back exactly the value written, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(readCsvCell(neutraliseCsvValue(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});
