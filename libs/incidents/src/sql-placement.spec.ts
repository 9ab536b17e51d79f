import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SQL, and the TypeORM calls that make it, in the feature's repositories only. */
const SQL = [
  /\.query\(/,
  /createQueryBuilder\(/,
  /getRepository\(/,
  /\bSELECT\s/,
  /\bINSERT\s+INTO\b/,
  /\bUPDATE\s+\w+\s+SET\b/,
  /\bDELETE\s+FROM\b/,
];

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return path.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(path) ? [path] : [];
  });

describe('where the incident feature keeps its SQL', () => {
  const files = sources(__dirname);

  it('finds the feature’s sources', () => {
    expect(files.some((f) => f.endsWith('incident.repository.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('incident-lifecycle.service.ts'))).toBe(true);
  });

  it('has no SQL outside *.repository.ts', () => {
    const offenders = files
      .filter((f) => !f.endsWith('.repository.ts'))
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return SQL.filter((pattern) => pattern.test(text)).map(
          (pattern) => `${relative(__dirname, f)}: ${pattern}`,
        );
      });
    expect(offenders).toEqual([]);
  });
});
