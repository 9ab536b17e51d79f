// Pure helpers of the directory sync screen: the report's summary and its lines in words.
import type { DirectorySyncReport, DirectorySyncStatus } from '../../api/types';

type Change = DirectorySyncReport['updated'][number]['changes'][number];

const CHANGE_WORDS: Record<Change, string> = {
  name: 'name',
  email: 'email',
  mobile: 'mobile',
  department: 'department',
  site: 'office (site)',
  lan: 'LAN',
  dn: 'moved in the directory',
  link: 'linked to the directory',
  active: 'back from leaving',
};

/** "mobile, department" */
export function changeWords(changes: readonly Change[]): string {
  return changes.map((c) => CHANGE_WORDS[c] ?? c).join(', ');
}

/** "Dry run: 3 to create, 1 to update, 2,996 unchanged, 2 rejected, 1 leaver" (past tense after a real run). */
export function syncSummary(report: DirectorySyncReport): string {
  const n = (count: number) => count.toLocaleString('en-GB');
  const dry = report.dryRun;
  const parts = [
    `${n(report.created.length)} ${dry ? 'to create' : 'created'}`,
    `${n(report.updated.length)} ${dry ? 'to update' : 'updated'}`,
    `${n(report.unchanged)} unchanged`,
    `${n(report.rejected.length)} rejected`,
    `${n(report.leavers.length)} ${report.leavers.length === 1 ? 'leaver' : 'leavers'}`,
  ];
  if (report.access.length)
    parts.push(`${n(report.access.length)} ${dry ? 'to get new roles' : 'given new roles'}`);
  return `${dry ? 'Dry run, nothing written' : 'Synced'}: ${parts.join(', ')}`;
}

/** "every 60 minutes" / "on demand only" / "not configured". */
export function scheduleWords(status: DirectorySyncStatus): string {
  if (!status.configured) return 'not configured';
  return status.scheduleMinutes ? `every ${status.scheduleMinutes} minutes` : 'on demand only';
}
