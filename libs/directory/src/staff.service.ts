import { Injectable } from '@nestjs/common';
import type { Page, StaffView } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { notFound, readableDepartment } from '@cordon/domain';
import { StaffQueryDto } from './dto/staff.dto';
import { StaffRepository } from './staff.repository';
import { toStaffView } from './views';

@Injectable()
export class StaffService {
  constructor(private readonly staff: StaffRepository) {}

  /** Staff by name; ITU members see only their own department's people. */
  async list(query: StaffQueryDto, user: AuthUser): Promise<Page<StaffView>> {
    const departmentId = readableDepartment(user, query.departmentId);
    return this.staff.page(
      { departmentId, siteId: query.siteId, lanId: query.lanId, q: query.q },
      query,
      toStaffView,
    );
  }

  async get(id: string, user: AuthUser): Promise<StaffView> {
    const row = await this.staff.byId(id);
    if (!row) throw notFound('Staff member', id);
    readableDepartment(user, row.departmentId);
    return toStaffView(row);
  }
}
