import { Injectable } from '@nestjs/common';
import type {
  ContactGapView,
  ContactReadinessGroup,
  ContactReadinessView,
  Page,
} from '@cordon/contracts';
import { withShares } from '@cordon/domain';
import { ContactReadinessRepository, ReadinessRow } from './contact-readiness.repository';
import { ContactGapQueryDto } from './dto/contact-readiness.dto';

const EMPTY: Omit<ReadinessRow, 'kind' | 'id' | 'code' | 'name'> = {
  staff: 0,
  email: 0,
  sms: 0,
  both: 0,
  none: 0,
  noMobile: 0,
  invalidMobile: 0,
  noConsent: 0,
};

const counts = (r: Omit<ReadinessRow, 'kind' | 'id' | 'code' | 'name'>) =>
  withShares({
    staff: r.staff,
    email: r.email,
    sms: r.sms,
    both: r.both,
    none: r.none,
    noMobile: r.noMobile,
    invalidMobile: r.invalidMobile,
    noConsent: r.noConsent,
  });

const group = (r: ReadinessRow): ContactReadinessGroup => ({
  id: r.id,
  code: r.code,
  name: r.name ?? (r.kind === 'site' ? 'No site' : 'Unknown'),
  ...counts(r),
});

/**
 * Contact readiness: the share of staff each channel reaches (by the broadcast rules),
 * overall, per department and per site, and who SMS does not reach and why. For the
 * owner, command staff and admins, before a LAN is shut down.
 */
@Injectable()
export class ContactReadinessService {
  constructor(private readonly repository: ContactReadinessRepository) {}

  async readiness(): Promise<ContactReadinessView> {
    const rows = await this.repository.counts();
    return {
      overall: counts(rows.find((r) => r.kind === 'all') ?? EMPTY),
      departments: rows.filter((r) => r.kind === 'department').map(group),
      sites: rows.filter((r) => r.kind === 'site').map(group),
    };
  }

  gaps(query: ContactGapQueryDto): Promise<Page<ContactGapView>> {
    return this.repository.gaps(query, query);
  }
}
