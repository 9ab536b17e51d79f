import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** SQL, and the TypeORM calls that make it: what only a feature's repositories may hold. */
export const SQL_PATTERNS = [
  /\.query\(/,
  /createQueryBuilder\(/,
  /getRepository\(/,
  /\bSELECT\s/,
  /\bINSERT\s+INTO\b/,
  /\bUPDATE\s+\w+\s+SET\b/,
  /\bDELETE\s+FROM\b/,
];

/** A feature's sources under `dir` (tests and testing helpers left out). */
export const featureSources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : featureSources(path);
    return path.endsWith('.ts') && !/\.(int-|e2e-)?spec\.ts$/.test(path) ? [path] : [];
  });

/** `file: pattern` for each source under `dir` outside *.repository.ts that holds SQL. */
export function sqlOutsideRepositories(dir: string): string[] {
  return featureSources(dir)
    .filter((f) => !f.endsWith('.repository.ts'))
    .flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return SQL_PATTERNS.filter((pattern) => pattern.test(text)).map(
        (pattern) => `${relative(dir, f)}: ${pattern}`,
      );
    });
}
