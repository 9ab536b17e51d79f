import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { ActorRef, GroupMappingView } from '@cordon/contracts';
import { checkGroupMapping, conflict, mapGroups, MappedAccess, notFound } from '@cordon/domain';
import { Spine, ValidationProblem } from '@cordon/platform';
import { DIRECTORY_STREAM } from '../users.service';
import { CreateGroupMappingDto } from './group-mapping.dto';
import { GroupMappingEntity } from './group-mapping.entity';
import { GroupMappingsRepository } from './group-mappings.repository';

const pgError = (err: unknown): { code?: string; constraint?: string } =>
  err instanceof QueryFailedError
    ? (err.driverError as { code?: string; constraint?: string })
    : {};

export const toGroupMappingView = (row: GroupMappingEntity): GroupMappingView => ({
  id: row.id,
  group: row.groupName,
  role: row.role,
  departmentId: row.departmentId,
  createdAt: row.createdAt.toISOString(),
});

/**
 * The group → role mapping the admin edits, and what a user's groups give them
 * (`resolve`), for single sign-on and directory sync alike.
 */
@Injectable()
export class GroupMappingsService {
  constructor(
    private readonly mappings: GroupMappingsRepository,
    private readonly spine: Spine,
  ) {}

  async list(): Promise<GroupMappingView[]> {
    return (await this.mappings.all()).map(toGroupMappingView);
  }

  /**
   * The roles and department `groups` map to (`mapGroups`: union of roles, department of
   * the most privileged mapping naming one), or null when no group is mapped.
   */
  async resolve(groups: readonly string[], manager?: EntityManager): Promise<MappedAccess | null> {
    const rows = await this.mappings.all(manager);
    return mapGroups(
      groups,
      rows.map((r) => ({ group: r.groupName, role: r.role, departmentId: r.departmentId })),
    );
  }

  async add(dto: CreateGroupMappingDto, actor: ActorRef): Promise<GroupMappingView> {
    const mapping = checkGroupMapping({
      group: dto.group,
      role: dto.role,
      departmentId: dto.departmentId ?? null,
    });
    try {
      return await this.spine.run(actor, async (tx) => {
        const view = toGroupMappingView(await this.mappings.insert(tx.manager, mapping));
        tx.append(DIRECTORY_STREAM, 'identity_mapping.added', { mapping: view });
        return view;
      });
    } catch (err) {
      const { code, constraint } = pgError(err);
      if (code === '23505')
        throw conflict(`Group ${mapping.group} is mapped to ${mapping.role} already`, {
          field: 'group',
        });
      if (constraint === 'fk_identity_group_mappings_department')
        throw new ValidationProblem([{ field: 'departmentId', message: 'no such department' }]);
      throw err;
    }
  }

  /** Removes a mapping; users keep their roles until their next sign-in or sync. */
  async remove(id: string, actor: ActorRef): Promise<void> {
    await this.spine.run(actor, async (tx) => {
      const removed = await this.mappings.delete(tx.manager, id);
      if (!removed) throw notFound('Group mapping', id);
      tx.append(DIRECTORY_STREAM, 'identity_mapping.removed', { mapping: removed });
    });
  }
}
