import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { GroupMappingView, Role } from '@cordon/contracts';
import type { GroupMapping } from '@cordon/domain';
import { returning } from '@cordon/platform';
import { GroupMappingEntity } from './group-mapping.entity';

interface GroupMappingRow {
  id: string;
  group_name: string;
  role: Role;
  department_id: string | null;
  created_at: Date;
}

/** The identity_group_mappings table. */
@Injectable()
export class GroupMappingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every mapping, oldest first (the admin's list, and the input of `mapGroups`). */
  all(manager: EntityManager = this.dataSource.manager): Promise<GroupMappingEntity[]> {
    return manager
      .getRepository(GroupMappingEntity)
      .find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  insert(manager: EntityManager, mapping: GroupMapping): Promise<GroupMappingEntity> {
    return manager.getRepository(GroupMappingEntity).save({
      groupName: mapping.group,
      role: mapping.role,
      departmentId: mapping.departmentId,
    });
  }

  /** Deletes one mapping; the row it deleted, or null when there was none. */
  async delete(manager: EntityManager, id: string): Promise<GroupMappingView | null> {
    const rows = await returning<GroupMappingRow>(
      manager,
      `DELETE FROM identity_group_mappings WHERE id = $1
       RETURNING id, group_name, role, department_id, created_at`,
      [id],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          group: row.group_name,
          role: row.role,
          departmentId: row.department_id,
          createdAt: row.created_at.toISOString(),
        }
      : null;
  }
}
