import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { TaskEvidence, TaskKind, TaskStatus } from '@cordon/contracts';

/**
 * A piece of cleanup work for one department's IT unit. Incidents, devices, LANs,
 * departments and users are other features' tables, named by entity.
 *
 * One cleanup task per device per incident, ever (a repeated shutdown creates none);
 * at most one live (open or claimed) task per device and kind (a repeated detection
 * creates none).
 */
@Entity('tasks')
@Index('uq_tasks_clean_device', ['incidentId', 'deviceId'], {
  unique: true,
  where: `kind = 'clean_device'`,
})
@Index('uq_tasks_live_device_kind', ['incidentId', 'deviceId', 'kind'], {
  unique: true,
  where: `status IN ('open', 'claimed') AND device_id IS NOT NULL`,
})
@Index('ix_tasks_incident_created', ['incidentId', 'createdAt', 'id'])
@Index('ix_tasks_department_created', ['departmentId', 'createdAt', 'id'])
@Index('ix_tasks_incident_status', ['incidentId', 'status'])
@Check('ck_tasks_kind', `kind IN ('clean_device', 'isolate_and_clean', 'action')`)
@Check('ck_tasks_status', `status IN ('open', 'claimed', 'done', 'verified', 'cancelled')`)
@Check(
  'ck_tasks_claim',
  `(status = 'claimed') = (claimed_by_id IS NOT NULL) OR status IN ('done', 'verified')`,
)
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('IncidentEntity', { name: 'fk_tasks_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  incidentId!: string;

  @Column({ type: 'text' })
  kind!: TaskKind;

  @Column({ type: 'text', default: 'open' })
  status!: TaskStatus;

  @Column({ type: 'text' })
  title!: string;

  @Index('ix_tasks_device')
  @ForeignKey('DeviceEntity', { name: 'fk_tasks_device', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  deviceId!: string | null;

  @ForeignKey('LanEntity', { name: 'fk_tasks_lan', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  lanId!: string | null;

  @ForeignKey('DepartmentEntity', { name: 'fk_tasks_department', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  departmentId!: string;

  @ForeignKey('UserEntity', { name: 'fk_tasks_claimed_by', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  claimedById!: string | null;

  @Column({ type: 'text', nullable: true })
  claimedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  evidence!: TaskEvidence | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  completedById!: string | null;

  @Column({ type: 'text', nullable: true })
  completedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @Column({ type: 'text', nullable: true })
  verifiedByName!: string | null;

  /** Millisecond precision, so a page cursor carries it exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const TASK_ENTITIES = [TaskEntity];
