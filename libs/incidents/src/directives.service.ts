import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { DirectiveView, Page } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import {
  assertDueAhead,
  assertIncidentOpen,
  assertMayAcknowledge,
  assertMayActOnIncident,
  departmentScope,
  directiveProgress,
  invalidField,
  notFound,
} from '@cordon/domain';
import { PageQueryDto, Spine } from '@cordon/platform';
import { CreateDirectiveDto } from './dto/directive.dto';
import { DirectiveRepository } from './directive.repository';
import { DirectiveEntity } from './entities';
import { IncidentAccess } from './incident-access.service';
import { IncidentRepository } from './incident.repository';
import { notify } from './notify-outbox';

/**
 * The owner's instructions to departments. Each addressed department acknowledges
 * through any one of its ITU members, once; the owner sees who has and who has not.
 */
@Injectable()
export class DirectivesService {
  constructor(
    private readonly spine: Spine,
    private readonly access: IncidentAccess,
    private readonly lookup: DirectoryLookup,
    private readonly directives: DirectiveRepository,
    private readonly incidents: IncidentRepository,
  ) {}

  async issue(id: string, dto: CreateDirectiveDto, user: AuthUser): Promise<DirectiveView> {
    const departments = await this.lookup.departments();
    const known = new Set(departments.map((d) => d.id));
    const departmentIds = dto.allDepartments
      ? departments.map((d) => d.id)
      : [...new Set(dto.departmentIds ?? [])];
    if (departmentIds.length === 0) {
      throw invalidField('departmentIds', 'give departmentIds or allDepartments');
    }
    const unknown = departmentIds.filter((d) => !known.has(d));
    if (unknown.length)
      throw invalidField('departmentIds', `no such department: ${unknown.join(', ')}`);
    const dueAt = new Date(dto.dueAt);
    assertDueAhead(dueAt, new Date());
    return this.spine.run(actorOf(user), async (tx) => {
      const incident = await this.incidents.lock(tx.manager, id, 'share');
      assertMayActOnIncident(
        user,
        await this.incidents.facts(tx.manager, incident),
        'issue_directive',
      );
      assertIncidentOpen(incident);
      const directive = await this.directives.insert(
        tx.manager,
        { incidentId: id, text: dto.text, dueAt, issuedById: user.id, issuedByName: user.name },
        departmentIds,
      );
      await this.incidents.involveDepartments(tx.manager, id, departmentIds);
      tx.appendToIncident(id, 'directive.issued', {
        directiveId: directive.id,
        text: dto.text,
        dueAt: dueAt.toISOString(),
        departmentIds: [...departmentIds].sort(),
      });
      await tx.enqueue(
        notify('notify.directive_issued', `directive-issued:${directive.id}`, {
          incidentId: id,
          directiveId: directive.id,
          departmentIds,
        }),
      );
      return (await this.views(tx.manager, [directive]))[0];
    });
  }

  /** Newest first. ITU members see the directives addressed to their department. */
  async list(id: string, query: PageQueryDto, user: AuthUser): Promise<Page<DirectiveView>> {
    await this.access.load(id, user, 'read');
    const page = await this.directives.page(id, departmentScope(user), query);
    return { items: await this.views(undefined, page.items), nextCursor: page.nextCursor };
  }

  /** The caller's department acknowledges; a second acknowledgement changes nothing. */
  async acknowledge(directiveId: string, user: AuthUser): Promise<DirectiveView> {
    const directive = await this.directives.get(directiveId);
    if (!directive) throw notFound('Directive', directiveId);
    const recipients = await this.directives.recipients([directiveId]);
    const departmentId = assertMayAcknowledge(
      user,
      recipients.map((r) => r.departmentId),
    );
    return this.spine.run(actorOf(user), async (tx) => {
      const acknowledgedAt = await this.directives.acknowledge(
        tx.manager,
        directiveId,
        departmentId,
        {
          id: user.id,
          name: user.name,
        },
      );
      if (acknowledgedAt) {
        tx.appendToIncident(directive.incidentId, 'directive.acknowledged', {
          directiveId,
          departmentId,
          acknowledgedBy: { id: user.id, name: user.name },
          late: acknowledgedAt > directive.dueAt,
        });
      }
      return (await this.views(tx.manager, [directive]))[0];
    });
  }

  private async views(
    manager: EntityManager | undefined,
    directives: DirectiveEntity[],
  ): Promise<DirectiveView[]> {
    if (directives.length === 0) return [];
    const rows = await this.directives.recipients(
      directives.map((d) => d.id),
      manager,
    );
    const departments = new Map((await this.lookup.departments(manager)).map((d) => [d.id, d]));
    const recipients = rows
      .map((r) => ({
        ...r,
        code: departments.get(r.departmentId)?.code ?? '',
        name: departments.get(r.departmentId)?.name ?? '',
      }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const now = new Date();
    return directives.map((d) => {
      const mine = recipients.filter((r) => r.directiveId === d.id);
      return {
        id: d.id,
        incidentId: d.incidentId,
        text: d.text,
        dueAt: d.dueAt.toISOString(),
        issuedBy: { id: d.issuedById, name: d.issuedByName },
        createdAt: d.createdAt.toISOString(),
        ...directiveProgress(mine, d.dueAt, now),
        departments: mine.map((r) => ({
          departmentId: r.departmentId,
          code: r.code,
          name: r.name,
          acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
          acknowledgedBy: r.acknowledgedById
            ? { id: r.acknowledgedById, name: r.acknowledgedByName ?? '' }
            : null,
          escalatedAt: r.escalatedAt?.toISOString() ?? null,
        })),
      };
    });
  }
}
