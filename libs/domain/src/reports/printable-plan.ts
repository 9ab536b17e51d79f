/**
 * The printable plan: the incident's LAN plan, its tasks per department with their
 * machines, and whom to call, shaped for paper from the current state (pure; the reports
 * feature reads the rows and renders the page).
 */
import type {
  IncidentStatus,
  LanPhase,
  PlanContact,
  PlanDepartment,
  PlanLan,
  PlanTask,
  PrintablePlan,
  TaskKind,
  TaskStatus,
} from '@cordon/contracts';

export interface PlanInput {
  incident: {
    id: string;
    reference: string;
    title: string;
    severity: number;
    status: IncidentStatus;
    nextUpdateDueAt: string | null;
  };
  owner: PlanContact;
  lans: {
    code: string;
    name: string;
    phase: LanPhase;
    departmentId: string;
    siteId: string;
    devices: { total: number; verified: number; waived: number };
  }[];
  tasks: {
    title: string;
    kind: TaskKind;
    status: TaskStatus;
    departmentId: string;
    claimedBy: string | null;
    overdue: boolean;
    device: {
      hostname: string;
      lanCode: string | null;
      siteCode: string | null;
      siteName: string | null;
      missingPatches: string[];
      issues: string[];
    } | null;
  }[];
  departments: { id: string; code: string; name: string }[];
  sites: { id: string; code: string; name: string }[];
  /** Each department's IT unit, by department id. */
  itu: ReadonlyMap<string, PlanContact[]>;
  /** The department the reader is kept to (an ITU member), or null for the whole plan. */
  scopeDepartmentId: string | null;
  generatedAt: string;
}

/** Compliance issues in words; a missing patch is named by the patch itself. */
const ISSUE_WORDS: Record<string, string> = {
  no_av: 'no anti-virus',
  av_out_of_date: 'anti-virus signatures out of date',
  infected: 'infected',
  isolated: 'isolated',
};

export function lacksOf(device: { missingPatches: string[]; issues: string[] }): string[] {
  return [
    ...device.missingPatches,
    ...device.issues.filter((i) => i !== 'missing_patch').map((i) => ISSUE_WORDS[i] ?? i),
  ];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const DONE: readonly TaskStatus[] = ['done', 'verified'];

function planTask(t: PlanInput['tasks'][number]): PlanTask {
  const d = t.device;
  return {
    title: t.title,
    kind: t.kind,
    status: t.status,
    done: DONE.includes(t.status),
    hostname: d?.hostname ?? null,
    lan: d?.lanCode ?? null,
    site: d?.siteCode ? `${d.siteCode} ${d.siteName ?? ''}`.trim() : null,
    lacks: d ? lacksOf(d) : [],
    claimedBy: t.claimedBy,
    overdue: t.overdue,
  };
}

/** By LAN (tasks without a machine last), undone work first, then machine and title. */
function taskOrder(a: PlanTask, b: PlanTask): number {
  return (
    byText(a.lan ?? '~', b.lan ?? '~') ||
    Number(a.done) - Number(b.done) ||
    byText(a.hostname ?? '~', b.hostname ?? '~') ||
    byText(a.title, b.title)
  );
}

/**
 * The plan as a reader may see it: cancelled tasks left out; departments with a LAN in
 * the plan or a task, by code, each with its IT unit; a reader kept to one department
 * gets that department's tasks and IT unit only (the LAN plan and the owner are the
 * incident's, which they may read whole).
 */
export function buildPrintablePlan(input: PlanInput): PrintablePlan {
  const departments = new Map(input.departments.map((d) => [d.id, d]));
  const sites = new Map(input.sites.map((s) => [s.id, s]));
  const scope = input.scopeDepartmentId;
  const lans: PlanLan[] = input.lans
    .map((l) => {
      const site = sites.get(l.siteId);
      return {
        code: l.code,
        name: l.name,
        phase: l.phase,
        site: site ? `${site.code} ${site.name}` : null,
        departmentCode: departments.get(l.departmentId)?.code ?? null,
        devices: { ...l.devices },
      };
    })
    .sort((a, b) => byText(a.code, b.code));

  const tasks = input.tasks.filter(
    (t) => t.status !== 'cancelled' && (scope === null || t.departmentId === scope),
  );
  const involved = new Set([
    ...input.lans.map((l) => l.departmentId),
    ...tasks.map((t) => t.departmentId),
  ]);
  const planDepartments: PlanDepartment[] = [...involved]
    .filter((id) => scope === null || id === scope)
    .map((id) => {
      const dept = departments.get(id);
      const own = tasks
        .filter((t) => t.departmentId === id)
        .map(planTask)
        .sort(taskOrder);
      return {
        code: dept?.code ?? id,
        name: dept?.name ?? '',
        itu: [...(input.itu.get(id) ?? [])].sort((a, b) => byText(a.name, b.name)),
        tasks: own,
        counts: {
          open: own.filter((t) => t.status === 'open').length,
          claimed: own.filter((t) => t.status === 'claimed').length,
          done: own.filter((t) => t.done).length,
        },
      };
    })
    .sort((a, b) => byText(a.code, b.code));

  const i = input.incident;
  return {
    incidentId: i.id,
    reference: i.reference,
    title: i.title,
    severity: i.severity,
    status: i.status,
    owner: input.owner,
    nextUpdateDueAt: i.nextUpdateDueAt,
    lans,
    departments: planDepartments,
    scopedTo: scope === null ? null : (departments.get(scope)?.code ?? scope),
    generatedAt: input.generatedAt,
  };
}
