import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ApprovalBlocker,
  CampaignStatus,
  EventView,
  Page,
  TestResult,
  UserRef,
} from '@cordon/contracts';
import {
  EventEntity,
  EventStreamEntity,
  keysetOrder,
  keysetPage,
  KeysetRequest,
  returning,
} from '@cordon/platform';
import { campaignStream } from './advisory-views';
import { CampaignEntity } from './entities/campaign.entity';

/** A test device with what the inventory says of it now. */
export interface TestDeviceRow {
  deviceId: string;
  hostname: string;
  os: string;
  departmentId: string;
  result: TestResult | null;
  note: string | null;
  recordedById: string | null;
  recordedByName: string | null;
  recordedAt: Date | null;
}

export interface StageRow {
  departmentId: string;
  startedAt: Date;
  startedById: string;
  startedByName: string;
}

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
}

const NEWEST_FIRST = keysetOrder<CampaignEntity>(
  ['c.createdAt', { column: 'c.id', cast: 'uuid' }],
  (c) => [c.createdAt.toISOString(), c.id],
  'desc',
);

const OLDEST_EVENT_FIRST = keysetOrder<EventEntity>(['e.seq'], (e) => [e.seq]);

/** Campaign rows, their like machines and department stages, and their event stream. */
@Injectable()
export class CampaignRepository {
  constructor(private readonly dataSource: DataSource) {}

  get db(): EntityManager {
    return this.dataSource.manager;
  }

  insert(
    manager: EntityManager,
    campaign: { advisoryId: string; createdBy: UserRef },
  ): Promise<CampaignEntity> {
    return manager.getRepository(CampaignEntity).save(
      manager.create(CampaignEntity, {
        advisoryId: campaign.advisoryId,
        createdById: campaign.createdBy.id,
        createdByName: campaign.createdBy.name,
      }),
    );
  }

  load(id: string, manager: EntityManager = this.db): Promise<CampaignEntity | null> {
    return manager.getRepository(CampaignEntity).findOneBy({ id });
  }

  /** Locks the campaign row: campaign commands run one at a time per campaign. */
  lock(manager: EntityManager, id: string): Promise<CampaignEntity | null> {
    return manager
      .getRepository(CampaignEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  openFor(manager: EntityManager, advisoryId: string): Promise<CampaignEntity | null> {
    return manager
      .getRepository(CampaignEntity)
      .createQueryBuilder('c')
      .where(`c.advisoryId = :advisoryId AND c.status <> 'completed'`, { advisoryId })
      .getOne();
  }

  page(request: KeysetRequest): Promise<Page<CampaignEntity>> {
    const qb = this.dataSource.getRepository(CampaignEntity).createQueryBuilder('c');
    return keysetPage(qb, NEWEST_FIRST, request, (c) => c);
  }

  /** Moves the status, guarded by the one decided on; false when it moved meanwhile. */
  async setStatus(
    manager: EntityManager,
    id: string,
    from: CampaignStatus,
    to: CampaignStatus,
  ): Promise<boolean> {
    const rows = await returning(
      manager,
      `UPDATE patch_campaigns SET status = $3,
         completed_at = CASE WHEN $3 = 'completed' THEN now() ELSE completed_at END
       WHERE id = $1 AND status = $2 RETURNING id`,
      [id, from, to],
    );
    return rows.length === 1;
  }

  async approve(
    manager: EntityManager,
    id: string,
    approval: { by: UserRef; overrideReason: string | null; overridden: ApprovalBlocker[] },
  ): Promise<boolean> {
    const rows = await returning(
      manager,
      `UPDATE patch_campaigns SET status = 'approved', approved_at = now(), approved_by_id = $2,
         approved_by_name = $3, override_reason = $4, overridden = $5::jsonb
       WHERE id = $1 AND status = 'testing' RETURNING id`,
      [
        id,
        approval.by.id,
        approval.by.name,
        approval.overrideReason,
        JSON.stringify(approval.overridden),
      ],
    );
    return rows.length === 1;
  }

  testDevices(manager: EntityManager, campaignId: string): Promise<TestDeviceRow[]> {
    return manager.query(
      `SELECT t.device_id AS "deviceId", d.hostname, coalesce(d.os, '') AS os,
              d.department_id AS "departmentId", t.result, t.note,
              t.recorded_by_id AS "recordedById", t.recorded_by_name AS "recordedByName",
              t.recorded_at AS "recordedAt"
       FROM patch_campaign_test_devices t JOIN devices d ON d.id = t.device_id
       WHERE t.campaign_id = $1 ORDER BY d.os, d.hostname`,
      [campaignId],
    );
  }

  /** The like machines become exactly these; results of the ones kept stay. */
  async replaceTestDevices(
    manager: EntityManager,
    campaignId: string,
    deviceIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `DELETE FROM patch_campaign_test_devices
       WHERE campaign_id = $1 AND device_id <> ALL($2::uuid[])`,
      [campaignId, deviceIds],
    );
    await manager.query(
      `INSERT INTO patch_campaign_test_devices (campaign_id, device_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [campaignId, deviceIds],
    );
  }

  async recordResult(
    manager: EntityManager,
    campaignId: string,
    deviceId: string,
    result: { result: TestResult; note: string | null; by: UserRef },
  ): Promise<boolean> {
    const rows = await returning(
      manager,
      `UPDATE patch_campaign_test_devices SET result = $3, note = $4, recorded_by_id = $5,
         recorded_by_name = $6, recorded_at = now()
       WHERE campaign_id = $1 AND device_id = $2 RETURNING device_id`,
      [campaignId, deviceId, result.result, result.note, result.by.id, result.by.name],
    );
    return rows.length === 1;
  }

  stages(manager: EntityManager, campaignId: string): Promise<StageRow[]> {
    return manager.query(
      `SELECT department_id AS "departmentId", started_at AS "startedAt",
              started_by_id AS "startedById", started_by_name AS "startedByName"
       FROM patch_campaign_stages WHERE campaign_id = $1 ORDER BY started_at`,
      [campaignId],
    );
  }

  /** Starts a department's stage once: false when it was started already. */
  async insertStage(
    manager: EntityManager,
    campaignId: string,
    departmentId: string,
    by: UserRef,
  ): Promise<boolean> {
    const rows = await returning(
      manager,
      `INSERT INTO patch_campaign_stages (campaign_id, department_id, started_at, started_by_id, started_by_name)
       VALUES ($1, $2, now(), $3, $4) ON CONFLICT DO NOTHING RETURNING department_id`,
      [campaignId, departmentId, by.id, by.name],
    );
    return rows.length === 1;
  }

  departments(manager: EntityManager = this.db): Promise<DepartmentRow[]> {
    return manager.query(`SELECT id, code, name FROM departments ORDER BY code`);
  }

  /** The campaign's events after `sinceSeq`, oldest first. */
  events(campaignId: string, sinceSeq: number, request: KeysetRequest): Promise<Page<EventView>> {
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.stream = :stream AND e.seq > :since', {
        stream: campaignStream(campaignId),
        since: sinceSeq,
      });
    return keysetPage(qb, OLDEST_EVENT_FIRST, request, (e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      type: e.type,
      actor: e.actor,
      data: e.data,
    }));
  }

  async lastSeq(campaignId: string, manager: EntityManager = this.db): Promise<number> {
    const row = await manager
      .getRepository(EventStreamEntity)
      .findOneBy({ stream: campaignStream(campaignId) });
    return row?.lastSeq ?? 0;
  }
}
