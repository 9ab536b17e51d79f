import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaselineEntity } from './entities/baseline.entity';

export interface BaselineWrite {
  requiredPatches: string[];
  minAvSignatureDate: string | null;
  updatedById: string | null;
  updatedBy: string;
}

/** The one baseline row (id 1). */
@Injectable()
export class BaselineRepository {
  load(manager: EntityManager): Promise<BaselineEntity | null> {
    return manager.getRepository(BaselineEntity).findOneBy({ id: 1 });
  }

  /** Serialises baseline changes until the transaction ends. */
  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cordon.baseline'))`);
  }

  async save(manager: EntityManager, baseline: BaselineWrite): Promise<void> {
    await manager.query(
      `INSERT INTO baselines (id, required_patches, min_av_signature_date, updated_at, updated_by_id, updated_by)
       VALUES (1, $1, $2, now(), $3, $4)
       ON CONFLICT (id) DO UPDATE SET
         required_patches = EXCLUDED.required_patches,
         min_av_signature_date = EXCLUDED.min_av_signature_date,
         updated_at = now(),
         updated_by_id = EXCLUDED.updated_by_id,
         updated_by = EXCLUDED.updated_by`,
      [
        baseline.requiredPatches,
        baseline.minAvSignatureDate,
        baseline.updatedById,
        baseline.updatedBy,
      ],
    );
  }
}
