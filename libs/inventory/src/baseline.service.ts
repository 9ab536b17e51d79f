import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { BaselineView } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import {
  Baseline,
  EMPTY_BASELINE,
  isIsoDate,
  normalisePatch,
  readableDepartment,
} from '@cordon/domain';
import { Spine, SpineTransaction, ValidationProblem } from '@cordon/platform';
import { PutBaselineDto } from './dto/baseline.dto';
import { BaselineRepository } from './baseline.repository';
import { BaselineEntity } from './entities/baseline.entity';

export const INVENTORY_STREAM = 'inventory';

const toView = (row: BaselineEntity | null): BaselineView =>
  row
    ? {
        requiredPatches: row.requiredPatches,
        minAvSignatureDate: row.minAvSignatureDate,
        updatedAt: row.updatedAt.toISOString(),
        updatedBy: row.updatedBy,
      }
    : { ...EMPTY_BASELINE, requiredPatches: [], updatedAt: null, updatedBy: null };

/** The standard build every device record is measured against. */
@Injectable()
export class BaselineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly baselines: BaselineRepository,
    private readonly spine: Spine,
  ) {}

  /** The baseline in force (the empty one until an admin sets it). */
  async current(manager: EntityManager = this.dataSource.manager): Promise<Baseline> {
    const { requiredPatches, minAvSignatureDate } = await this.load(manager);
    return { requiredPatches, minAvSignatureDate };
  }

  async get(user: AuthUser): Promise<BaselineView> {
    readableDepartment(user);
    return this.load(this.dataSource.manager);
  }

  /** Replaces the baseline; the event carries the one before and the one after. */
  async put(dto: PutBaselineDto, user: AuthUser): Promise<BaselineView> {
    if (dto.minAvSignatureDate !== null && !isIsoDate(dto.minAvSignatureDate)) {
      throw new ValidationProblem([{ field: 'minAvSignatureDate', message: 'is not a real date' }]);
    }
    const requiredPatches = [...new Set(dto.requiredPatches.map(normalisePatch))];
    const actor = actorOf(user);
    return this.spine.run(actor, async (tx) => {
      await this.baselines.lock(tx.manager);
      const before = await this.load(tx.manager);
      await this.baselines.save(tx.manager, {
        requiredPatches,
        minAvSignatureDate: dto.minAvSignatureDate,
        updatedById: actor.id,
        updatedBy: actor.name,
      });
      const after = await this.load(tx.manager);
      tx.append(INVENTORY_STREAM, 'baseline.updated', {
        before: {
          requiredPatches: before.requiredPatches,
          minAvSignatureDate: before.minAvSignatureDate,
        },
        after: {
          requiredPatches: after.requiredPatches,
          minAvSignatureDate: after.minAvSignatureDate,
        },
      });
      return after;
    });
  }

  /**
   * Adds a patch to the required patches inside the caller's spine transaction (a patch
   * campaign approved): `baseline.updated` with the one before and after, as `put`
   * writes it. Answers false, with no event, when the patch was required already.
   */
  async requirePatch(tx: SpineTransaction, patch: string): Promise<boolean> {
    const wanted = normalisePatch(patch);
    await this.baselines.lock(tx.manager);
    const before = await this.load(tx.manager);
    if (before.requiredPatches.includes(wanted)) return false;
    await this.baselines.save(tx.manager, {
      requiredPatches: [...before.requiredPatches, wanted],
      minAvSignatureDate: before.minAvSignatureDate,
      updatedById: tx.actor.id,
      updatedBy: tx.actor.name,
    });
    tx.append(INVENTORY_STREAM, 'baseline.updated', {
      before: {
        requiredPatches: before.requiredPatches,
        minAvSignatureDate: before.minAvSignatureDate,
      },
      after: {
        requiredPatches: [...before.requiredPatches, wanted],
        minAvSignatureDate: before.minAvSignatureDate,
      },
    });
    return true;
  }

  private async load(manager: EntityManager): Promise<BaselineView> {
    return toView(await this.baselines.load(manager));
  }
}
