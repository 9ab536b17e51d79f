import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { DirectiveView, Page } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import {
  assertDueAhead,
  assertMayAcknowledge,
  assertMayActOnIncident,
  departmentScope,
  directiveProgress,
  invalidField,
  notFound,
} from '@cordon/domain';
import { decodeCursor, pageLimit, PageQueryDto, Spine, toPage } from '@cordon/platform';
import { CreateDirectiveDto } from './dto/directive.dto';
import { DirectiveDepartmentEntity, DirectiveEntity } from './entities';
import { IncidentAccess } from './incident-access.service';
import { assertOpen, factsOf, involveDepartments, lockIncident } from './incident-store';
import { notify } from './notify-outbox';

/**
 * The owner's instructions to departments. Each addressed department acknowledges
 * through any one of its ITU members, once; the owner sees who has and who has not.
 */
@Injectable()
export class DirectivesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly access: IncidentAccess,
    private readonly lookup: DirectoryLookup,
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
      const incident = await lockIncident(tx.manager, id, 'share');
      assertMayActOnIncident(user, await factsOf(tx.manager, incident), 'issue_directive');
      assertOpen(incident);
      const directive = await tx.manager.getRepository(DirectiveEntity).save({
        incidentId: id,
        text: dto.text,
        dueAt,
        issuedById: user.id,
        issuedByName: user.name,
      });
      await tx.manager
        .getRepository(DirectiveDepartmentEntity)
        .insert(
          [...departmentIds]
            .sort()
            .map((departmentId) => ({ directiveId: directive.id, departmentId })),
        );
      await involveDepartments(tx.manager, id, departmentIds);
      await tx.appendToIncident(id, 'directive.issued', {
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
    const scope = departmentScope(user);
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(DirectiveEntity)
      .createQueryBuilder('d')
      .where('d.incidentId = :id', { id });
    if (scope.kind === 'department') {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM directive_departments r WHERE r.directive_id = d.id AND r.department_id = :dept)',
        { dept: scope.departmentId },
      );
    }
    if (after) {
      qb.andWhere('(d.createdAt, d.id) < (:afterAt, :afterId)', {
        afterAt: String(after[0]),
        afterId: String(after[1]),
      });
    }
    const rows = await qb
      .orderBy('d.createdAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const views = new Map(
      (await this.views(this.dataSource.manager, rows.slice(0, limit))).map((v) => [v.id, v]),
    );
    return toPage(
      rows,
      limit,
      (d) => [d.createdAt.toISOString(), d.id],
      (d) => views.get(d.id) as DirectiveView,
    );
  }

  /** The caller's department acknowledges; a second acknowledgement changes nothing. */
  async acknowledge(directiveId: string, user: AuthUser): Promise<DirectiveView> {
    const directive = await this.dataSource
      .getRepository(DirectiveEntity)
      .findOneBy({ id: directiveId });
    if (!directive) throw notFound('Directive', directiveId);
    const recipients = await this.dataSource
      .getRepository(DirectiveDepartmentEntity)
      .findBy({ directiveId });
    const departmentId = assertMayAcknowledge(
      user,
      recipients.map((r) => r.departmentId),
    );
    return this.spine.run(actorOf(user), async (tx) => {
      const acknowledged: { acknowledged_at: Date }[] = await tx.manager.query(
        `WITH ack AS (
           UPDATE directive_departments
           SET acknowledged_at = now(), acknowledged_by_id = $3, acknowledged_by_name = $4
           WHERE directive_id = $1 AND department_id = $2 AND acknowledged_at IS NULL
           RETURNING acknowledged_at
         ) SELECT acknowledged_at FROM ack`,
        [directiveId, departmentId, user.id, user.name],
      );
      if (acknowledged.length) {
        await tx.appendToIncident(directive.incidentId, 'directive.acknowledged', {
          directiveId,
          departmentId,
          acknowledgedBy: { id: user.id, name: user.name },
          late: new Date(acknowledged[0].acknowledged_at) > directive.dueAt,
        });
      }
      return (await this.views(tx.manager, [directive]))[0];
    });
  }

  private async views(
    manager: EntityManager,
    directives: DirectiveEntity[],
  ): Promise<DirectiveView[]> {
    if (directives.length === 0) return [];
    const rows = await manager
      .getRepository(DirectiveDepartmentEntity)
      .findBy({ directiveId: In(directives.map((d) => d.id)) });
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
