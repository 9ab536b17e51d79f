import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ActorRef, DetectionAction, LanPhase } from '@cordon/contracts';

/** A host seen misbehaving by monitoring or command staff, and what Cordon did about it. */
@Entity('detections')
@Index('ix_detections_incident_created', ['incidentId', 'createdAt'])
@Index('ix_detections_device', ['deviceId'])
@Check('ck_detections_action', `action IN ('isolated', 'marked_infected')`)
export class DetectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  hostname!: string;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ type: 'text' })
  signature!: string;

  @Column({ type: 'text' })
  source!: string;

  @ForeignKey('DeviceEntity', { name: 'fk_detections_device', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  deviceId!: string;

  @ForeignKey('LanEntity', { name: 'fk_detections_lan', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  lanId!: string;

  @ForeignKey('IncidentEntity', { name: 'fk_detections_incident', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @Column({ type: 'text', nullable: true })
  phase!: LanPhase | null;

  @Column({ type: 'text' })
  action!: DetectionAction;

  @ForeignKey('TaskEntity', { name: 'fk_detections_task', onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ type: 'boolean', default: false })
  unknownDevice!: boolean;

  @Column({ type: 'jsonb' })
  reportedBy!: ActorRef;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
