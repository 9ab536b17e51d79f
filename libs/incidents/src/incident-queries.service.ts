import { Injectable } from '@nestjs/common';
import type { EligibleOwnerView, EventView, IncidentView, Page } from '@cordon/contracts';
import { AuthUser, UsersService } from '@cordon/auth';
import {
  BULK_EVENT_TYPES,
  departmentScope,
  DomainError,
  mayOwnIncident,
  OWNER_ROLES,
  SIGNIFICANT_TASK_KIND,
} from '@cordon/domain';
import { EventsQueryDto, IncidentQueryDto } from './dto/incident.dto';
import { IncidentAccess } from './incident-access.service';
import { IncidentTimelineRepository } from './incident-timeline.repository';
import { IncidentRepository } from './incident.repository';
import { toIncidentView } from './views';

/** Reading incidents: one, the list (newest first), and the timeline in `seq` order. */
@Injectable()
export class IncidentQueriesService {
  constructor(
    private readonly access: IncidentAccess,
    private readonly users: UsersService,
    private readonly incidents: IncidentRepository,
    private readonly timeline: IncidentTimelineRepository,
  ) {}

  /** Whom the incident could be handed to: active users who may own, but its owner, by name. */
  async eligibleOwners(id: string, user: AuthUser): Promise<Page<EligibleOwnerView>> {
    const { incident } = await this.access.load(id, user, 'list_eligible_owners');
    const candidates = await this.users.activeWithAnyRole(OWNER_ROLES);
    const items = candidates
      .filter((u) => u.id !== incident.ownerId && mayOwnIncident({ ...u, active: true }))
      .map(({ id, name, email, roles, departmentId }) => ({
        id,
        name,
        email,
        roles,
        departmentId,
      }));
    return { items, nextCursor: null };
  }

  async get(id: string, user: AuthUser): Promise<IncidentView> {
    const { incident, departmentIds } = await this.access.load(id, user, 'read');
    const seqs = await this.timeline.lastSeqs([id]);
    return toIncidentView(incident, departmentIds, seqs.get(id) ?? 0);
  }

  /** ITU members see the incidents that involve their department; the others see all. */
  async list(query: IncidentQueryDto, user: AuthUser): Promise<Page<IncidentView>> {
    const scope = departmentScope(user);
    if (scope.kind === 'none') {
      throw new DomainError('forbidden', 'Your roles give you no access to incidents');
    }
    const page = await this.incidents.page(
      { scope, status: query.status, open: query.open },
      query,
    );
    const ids = page.items.map((i) => i.id);
    const [departments, seqs] = await Promise.all([
      this.incidents.departmentsOfMany(ids),
      this.timeline.lastSeqs(ids),
    ]);
    return {
      items: page.items.map((i) =>
        toIncidentView(i, departments.get(i.id) ?? [], seqs.get(i.id) ?? 0),
      ),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * The timeline: events after `sinceSeq` (or the cursor), oldest first; only the
   * significant ones (`isSignificantEvent`, the same rule in SQL) or only some `types`.
   */
  async events(id: string, query: EventsQueryDto, user: AuthUser): Promise<Page<EventView>> {
    await this.access.load(id, user, 'read');
    return this.timeline.page(
      id,
      {
        sinceSeq: query.sinceSeq ?? 0,
        types: query.types,
        significant: query.significant
          ? { bulkTypes: BULK_EVENT_TYPES, significantTaskKind: SIGNIFICANT_TASK_KIND }
          : undefined,
      },
      query,
    );
  }
}
