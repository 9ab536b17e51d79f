import { Inject, Injectable } from '@nestjs/common';
import type { LanPlanView, PlanContact, PrintablePlan, TaskView } from '@cordon/contracts';
import { AuthUser, UsersService } from '@cordon/auth';
import { DirectoryLookup, StaffAudience } from '@cordon/directory';
import { buildPrintablePlan, departmentScope, notFound } from '@cordon/domain';
import { IncidentAccess, IncidentSummaries, LanPlansService } from '@cordon/incidents';
import { APP_CONFIG, AppConfig } from '@cordon/platform';
import { TaskQueriesService } from '@cordon/tasks';
import { planHtml } from './render/plan-html';

const PAGE = 500;

/** Every page of a cursor-paged list. */
async function all<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/**
 * An incident's printable plan, made on demand from the current state through the
 * features' own reads, as `viewer` may see it: whoever may read the incident (owner,
 * command, admins, ITU members of an involved department); an ITU member's plan holds
 * their own department's tasks and IT unit only (the task queue's scoping), with the
 * whole LAN plan and the owner's contact. The owner's update reminder attaches the plan
 * as the owner sees it.
 */
@Injectable()
export class PrintablePlans {
  constructor(
    private readonly access: IncidentAccess,
    private readonly summaries: IncidentSummaries,
    private readonly lanPlans: LanPlansService,
    private readonly tasks: TaskQueriesService,
    private readonly lookup: DirectoryLookup,
    private readonly users: UsersService,
    private readonly staff: StaffAudience,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async plan(viewer: AuthUser, incidentId: string): Promise<PrintablePlan> {
    const { incident } = await this.access.load(incidentId, viewer, 'read');
    const summary = await this.summaries.get(incidentId);
    if (!summary) throw notFound('Incident', incidentId);
    const scope = departmentScope(viewer);
    const lans: LanPlanView[] = await all((cursor) =>
      this.lanPlans.list(incidentId, { limit: PAGE, cursor }, viewer),
    );
    const tasks: TaskView[] = await all((cursor) =>
      this.tasks.list({ incidentId, limit: PAGE, cursor }, viewer),
    );
    const [departments, sites] = await Promise.all([
      this.lookup.departments(),
      this.lookup.sites(),
    ]);
    const involved = new Set([
      ...lans.map((l) => l.departmentId),
      ...tasks.map((t) => t.departmentId),
    ]);
    const itu = new Map<string, PlanContact[]>();
    for (const id of involved) {
      if (scope.kind === 'department' && scope.departmentId !== id) continue;
      itu.set(id, await this.ituOf(id));
    }
    return buildPrintablePlan({
      incident: {
        id: incident.id,
        reference: incident.reference,
        title: incident.title,
        severity: incident.severity,
        status: incident.status,
        nextUpdateDueAt: summary.nextUpdateDueAt?.toISOString() ?? null,
      },
      owner: (await this.contact(incident.ownerId)) ?? {
        name: incident.ownerName,
        email: null,
        mobile: null,
      },
      lans: lans.map((l) => ({ ...l, devices: l.devices })),
      tasks: tasks.map((t) => ({
        title: t.title,
        kind: t.kind,
        status: t.status,
        departmentId: t.departmentId,
        claimedBy: t.claimedBy?.name ?? null,
        overdue: t.overdue,
        device: t.device ?? null,
      })),
      departments,
      sites,
      itu,
      scopeDepartmentId: scope.kind === 'department' ? scope.departmentId : null,
      generatedAt: new Date().toISOString(),
    });
  }

  async html(viewer: AuthUser, incidentId: string): Promise<string> {
    return planHtml(
      await this.plan(viewer, incidentId),
      this.config.comms.timeZone,
      this.statusUrl(),
    );
  }

  /** The page as a file named for the incident: `INC-2026-0001-plan.html`. */
  async file(viewer: AuthUser, incidentId: string): Promise<{ filename: string; body: string }> {
    const plan = await this.plan(viewer, incidentId);
    return {
      filename: `${plan.reference}-plan.html`,
      body: planHtml(plan, this.config.comms.timeZone, this.statusUrl()),
    };
  }

  private statusUrl(): string {
    return `${this.config.publicUrl.replace(/\/+$/, '')}/status`;
  }

  /** A login's name and email, with the mobile of their staff record. */
  private async contact(userId: string): Promise<PlanContact | null> {
    const user = await this.users.findById(userId);
    if (!user) return null;
    const staff = await this.staff.contactByEmail(user.email);
    return { name: user.name, email: user.email, mobile: staff?.mobile ?? null };
  }

  /** A department's IT unit: its active logins with the `itu` role. */
  private async ituOf(departmentId: string): Promise<PlanContact[]> {
    const members = await all((cursor) =>
      this.users.list({ departmentId, role: 'itu', limit: PAGE, cursor }),
    );
    const people: PlanContact[] = [];
    for (const m of members) {
      if (!(await this.users.findActive(m.id))) continue;
      const person = await this.contact(m.id);
      if (person) people.push(person);
    }
    return people;
  }
}
