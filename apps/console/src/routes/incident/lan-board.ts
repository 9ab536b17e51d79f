/** Pure helpers of the LAN board: columns by phase, the next step, blockers in words. */
import type {
  DepartmentView,
  LanPhase,
  LanPlanView,
  LanView,
  ReopenBlockerCounts,
  ReopenBlockerState,
  SiteView,
} from '../../api/types';

export const PHASE_COLUMNS: { phase: LanPhase; title: string }[] = [
  { phase: 'planned', title: 'Planned' },
  { phase: 'shut_down', title: 'Shut down' },
  { phase: 'cleaning', title: 'Cleaning' },
  { phase: 'reopened', title: 'Reopened' },
];

export interface NextStep {
  to: Exclude<LanPhase, 'planned'>;
  /** The button's name: "Shut down", "Start cleaning", "Reopen". */
  label: string;
}

const NEXT: Partial<Record<LanPhase, NextStep>> = {
  planned: { to: 'shut_down', label: 'Shut down' },
  shut_down: { to: 'cleaning', label: 'Start cleaning' },
  cleaning: { to: 'reopened', label: 'Reopen' },
};

/** What the owner can do next with a LAN in this phase (none once reopened). */
export function nextStep(phase: LanPhase): NextStep | null {
  return NEXT[phase] ?? null;
}

/** The LANs of each column, by code. */
export function byPhase<T extends Pick<LanPlanView, 'phase' | 'code'>>(
  lans: readonly T[],
): Record<LanPhase, T[]> {
  const out: Record<LanPhase, T[]> = { planned: [], shut_down: [], cleaning: [], reopened: [] };
  for (const lan of lans) out[lan.phase]?.push(lan);
  for (const list of Object.values(out)) list.sort((a, b) => a.code.localeCompare(b.code));
  return out;
}

const STATE_WORDS: Record<ReopenBlockerState, string> = {
  infected: 'infected',
  isolated: 'isolated',
  unclaimed: 'unclaimed',
  claimed: 'in progress',
  below_baseline: 'below the standard build',
  no_task: 'with no cleanup task',
  cancelled: 'with the task cancelled',
};
const STATE_ORDER = Object.keys(STATE_WORDS) as ReopenBlockerState[];

export function stateWords(state: ReopenBlockerState): string {
  return STATE_WORDS[state] ?? state;
}

/** "240 unclaimed, 60 in progress, 12 infected": most first; '' when nothing blocks. */
export function blockerSummary(counts: Partial<ReopenBlockerCounts> | undefined | null): string {
  if (!counts) return '';
  return STATE_ORDER.map((state) => ({ state, n: counts[state] ?? 0 }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n || STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state))
    .map((c) => `${c.n} ${STATE_WORDS[c.state]}`)
    .join(', ');
}

/** How many devices still hold the LAN shut. */
export function blockedTotal(counts: Partial<ReopenBlockerCounts> | undefined | null): number {
  return Object.values(counts ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
}

export interface PickerGroup {
  department: { id: string; label: string };
  sites: { id: string; label: string; lans: LanView[] }[];
}

/** LANs not in the plan, by department then site (names when known, codes otherwise). */
export function lansToAdd(
  all: readonly LanView[],
  planned: readonly Pick<LanPlanView, 'lanId'>[],
  departments: readonly DepartmentView[],
  sites: readonly SiteView[],
): PickerGroup[] {
  const inPlan = new Set(planned.map((l) => l.lanId));
  const deptName = new Map(departments.map((d) => [d.id, `${d.name} (${d.code})`]));
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const groups = new Map<string, Map<string, LanView[]>>();
  for (const lan of all) {
    if (inPlan.has(lan.id)) continue;
    const bySite = groups.get(lan.departmentId) ?? new Map<string, LanView[]>();
    groups.set(lan.departmentId, bySite);
    bySite.set(lan.siteId, [...(bySite.get(lan.siteId) ?? []), lan]);
  }
  const label = (names: Map<string, string>, id: string) => names.get(id) ?? 'Unknown';
  return [...groups.entries()]
    .map(([deptId, bySite]) => ({
      department: { id: deptId, label: label(deptName, deptId) },
      sites: [...bySite.entries()]
        .map(([siteId, lans]) => ({
          id: siteId,
          label: label(siteName, siteId),
          lans: [...lans].sort((a, b) => a.code.localeCompare(b.code)),
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    }))
    .sort((a, b) => a.department.label.localeCompare(b.department.label));
}
