import { featureSources, sqlOutsideRepositories } from '@cordon/platform/testing';

describe('where the broadcasts feature keeps its SQL', () => {
  it('finds the feature’s sources', () => {
    const files = featureSources(__dirname);
    expect(files.some((f) => f.endsWith('broadcast.repository.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('broadcasts.service.ts'))).toBe(true);
  });

  it('has no SQL outside *.repository.ts', () => {
    expect(sqlOutsideRepositories(__dirname)).toEqual([]);
  });
});
