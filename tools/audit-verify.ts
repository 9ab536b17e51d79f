// npm run audit:verify -- FILE (node tools/run-ts.mjs tools/audit-verify.ts FILE): checks an audit export (GET
// /incidents/:id/audit, .jsonl or .csv) against its hash chain; exits 1 naming the first
// bad line, 2 when the file cannot be read.
import { readFileSync } from 'node:fs';
import { AuditFormat, parseAuditExport, verifyAuditChain } from '@cordon/platform';

function main(): number {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write(
      'usage: node tools/run-ts.mjs tools/audit-verify.ts FILE.jsonl|FILE.csv\n',
    );
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`${file}: cannot be read: ${(err as Error).message}\n`);
    return 2;
  }
  const format: AuditFormat =
    file.endsWith('.csv') || text.startsWith('stream,seq,') ? 'csv' : 'jsonl';
  let verdict;
  try {
    verdict = verifyAuditChain(parseAuditExport(text, format));
  } catch (err) {
    process.stderr.write(
      `${file}: not a readable ${format} audit export: ${(err as Error).message}\n`,
    );
    return 2;
  }
  if (!verdict.ok) {
    process.stderr.write(`${file}:${verdict.line}: seq ${verdict.seq}: ${verdict.reason}\n`);
    return 1;
  }
  const before = verdict.unchained
    ? ` (${verdict.unchained} from before the chain, unverified)`
    : '';
  process.stdout.write(`${file}: ${verdict.events} events, chain intact${before}\n`);
  return 0;
}

process.exitCode = main();
