import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Page } from '@cordon/contracts';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { DetectionEntity } from './entities';

export type NewDetection = Omit<DetectionEntity, 'createdAt'>;

export interface DetectionFilter {
  incidentId?: string;
  deviceId?: string;
}

const NEWEST_FIRST = keysetOrder<DetectionEntity>(
  ['d.createdAt', 'd.id'],
  (d) => [d.createdAt.toISOString(), d.id],
  'desc',
);

/** Detections as recorded: what was seen, where, and what Cordon did about it. */
@Injectable()
export class DetectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(db: EntityManager, detection: NewDetection): Promise<DetectionEntity> {
    return db.getRepository(DetectionEntity).save({ ...detection });
  }

  /** Newest first, by incident or device. */
  page(filter: DetectionFilter, request: KeysetRequest): Promise<Page<DetectionEntity>> {
    const qb = this.dataSource.getRepository(DetectionEntity).createQueryBuilder('d');
    if (filter.incidentId) qb.andWhere('d.incidentId = :incident', { incident: filter.incidentId });
    if (filter.deviceId) qb.andWhere('d.deviceId = :device', { device: filter.deviceId });
    return keysetPage(qb, NEWEST_FIRST, request, (d) => d);
  }
}
