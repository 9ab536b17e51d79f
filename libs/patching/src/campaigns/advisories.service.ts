import { Injectable } from '@nestjs/common';
import type { AdvisoryView, Page } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { advisoryValues, conflict, notFound, readableDepartment } from '@cordon/domain';
import { KeysetRequest, Spine } from '@cordon/platform';
import { AdvisoryRepository } from './advisory.repository';
import { PATCHING_STREAM, toAdvisoryView } from './advisory-views';
import { AdvisoryDto, UpdateAdvisoryDto } from './advisory.dto';

/** Advisories written by the owner and command staff; read by whoever works on campaigns. */
@Injectable()
export class AdvisoriesService {
  constructor(
    private readonly spine: Spine,
    private readonly advisories: AdvisoryRepository,
  ) {}

  list(request: KeysetRequest, user: AuthUser): Promise<Page<AdvisoryView>> {
    readableDepartment(user);
    return this.advisories.page(request, toAdvisoryView);
  }

  async get(id: string, user: AuthUser): Promise<AdvisoryView> {
    readableDepartment(user);
    const row = await this.advisories.load(id);
    if (!row) throw notFound('Advisory', id);
    return toAdvisoryView(row);
  }

  create(dto: AdvisoryDto, user: AuthUser): Promise<AdvisoryView> {
    const values = advisoryValues(dto);
    return this.spine.run(actorOf(user), async (tx) => {
      if (await this.advisories.byIdentifier(tx.manager, values.identifier)) {
        throw conflict(`Advisory ${values.identifier} exists already`, { field: 'identifier' });
      }
      const advisory = toAdvisoryView(await this.advisories.insert(tx.manager, values));
      tx.append(PATCHING_STREAM, 'advisory.created', { advisory });
      return advisory;
    });
  }

  update(id: string, dto: UpdateAdvisoryDto, user: AuthUser): Promise<AdvisoryView> {
    return this.spine.run(actorOf(user), async (tx) => {
      const row = await this.advisories.lock(tx.manager, id);
      if (!row) throw notFound('Advisory', id);
      const before = toAdvisoryView(row);
      const values = advisoryValues({ ...before, summary: before.summary ?? undefined, ...dto });
      const same = await this.advisories.byIdentifier(tx.manager, values.identifier);
      if (same && same.id !== id) {
        throw conflict(`Advisory ${values.identifier} exists already`, { field: 'identifier' });
      }
      const after = toAdvisoryView(await this.advisories.update(tx.manager, id, values));
      tx.append(PATCHING_STREAM, 'advisory.updated', { before, after });
      return after;
    });
  }

  /** Only an advisory no campaign has used: a campaign's history keeps its advisory. */
  remove(id: string, user: AuthUser): Promise<void> {
    return this.spine.run(actorOf(user), async (tx) => {
      const row = await this.advisories.lock(tx.manager, id);
      if (!row) throw notFound('Advisory', id);
      if ((await this.advisories.campaignCount(tx.manager, id)) > 0) {
        throw conflict(`Advisory ${row.identifier} has a campaign; it stays for the record`);
      }
      await this.advisories.remove(tx.manager, id);
      tx.append(PATCHING_STREAM, 'advisory.deleted', {
        advisoryId: id,
        identifier: row.identifier,
      });
    });
  }
}
