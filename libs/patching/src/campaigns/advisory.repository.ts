import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Page } from '@cordon/contracts';
import type { AdvisoryValues } from '@cordon/domain';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { AdvisoryEntity } from './entities/advisory.entity';

const NEWEST_FIRST = keysetOrder<AdvisoryEntity>(
  ['a.createdAt', { column: 'a.id', cast: 'uuid' }],
  (a) => [a.createdAt.toISOString(), a.id],
  'desc',
);

/** The advisories table. */
@Injectable()
export class AdvisoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  page<V>(request: KeysetRequest, view: (a: AdvisoryEntity) => V): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(AdvisoryEntity).createQueryBuilder('a');
    return keysetPage(qb, NEWEST_FIRST, request, view);
  }

  load(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AdvisoryEntity | null> {
    return manager.getRepository(AdvisoryEntity).findOneBy({ id });
  }

  byIds(ids: readonly string[]): Promise<AdvisoryEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(AdvisoryEntity).findBy({ id: In([...ids]) });
  }

  /** The row locked for an edit or a deletion until the transaction ends. */
  lock(manager: EntityManager, id: string): Promise<AdvisoryEntity | null> {
    return manager
      .getRepository(AdvisoryEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  byIdentifier(manager: EntityManager, identifier: string): Promise<AdvisoryEntity | null> {
    return manager.getRepository(AdvisoryEntity).findOneBy({ identifier });
  }

  insert(manager: EntityManager, values: AdvisoryValues): Promise<AdvisoryEntity> {
    return manager.getRepository(AdvisoryEntity).save(manager.create(AdvisoryEntity, values));
  }

  async update(
    manager: EntityManager,
    id: string,
    values: AdvisoryValues,
  ): Promise<AdvisoryEntity> {
    await manager.getRepository(AdvisoryEntity).update({ id }, values);
    return (await this.load(id, manager)) as AdvisoryEntity;
  }

  async remove(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(AdvisoryEntity).delete({ id });
  }

  /** How many campaigns roll this advisory out (an advisory with any stays). */
  async campaignCount(manager: EntityManager, id: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM patch_campaigns WHERE advisory_id = $1`,
      [id],
    );
    return rows[0].n;
  }
}
