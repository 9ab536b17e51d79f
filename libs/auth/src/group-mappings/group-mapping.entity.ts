import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Role } from '@cordon/contracts';

/**
 * The admin's mapping from a provider's or directory's groups to Cordon roles: members of
 * `group` get `role`, and `departmentId` (an ITU mapping always names one). The rule that
 * combines rows is `mapGroups` in libs/domain/src/identity/group-mapping.ts.
 */
@Entity('identity_group_mappings')
@Unique('uq_identity_group_mappings_group_role', ['groupName', 'role'])
export class GroupMappingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  groupName!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** Named by entity, as users' department is, so auth never imports the directory. */
  @ForeignKey('DepartmentEntity', {
    name: 'fk_identity_group_mappings_department',
    onDelete: 'RESTRICT',
  })
  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
