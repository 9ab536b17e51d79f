import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, StaffView } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { notFound, readableDepartment } from '@cordon/domain';
import { decodeCursor, pageLimit, toPage } from '@cordon/platform';
import { StaffQueryDto } from './dto/staff.dto';
import { StaffEntity } from './entities/staff.entity';
import { toStaffView } from './views';

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  /** Staff by name; ITU members see only their own department's people. */
  async list(query: StaffQueryDto, user: AuthUser): Promise<Page<StaffView>> {
    const departmentId = readableDepartment(user, query.departmentId);
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource.getRepository(StaffEntity).createQueryBuilder('s');
    if (departmentId) qb.andWhere('s.departmentId = :d', { d: departmentId });
    if (query.siteId) qb.andWhere('s.siteId = :site', { site: query.siteId });
    if (query.lanId) qb.andWhere('s.lanId = :lan', { lan: query.lanId });
    if (query.q) qb.andWhere('(s.name ILIKE :q OR s.email ILIKE :q)', { q: likePattern(query.q) });
    if (after) {
      qb.andWhere('(s.name, s.id) > (:name, CAST(:id AS uuid))', {
        name: String(after[0]),
        id: String(after[1]),
      });
    }
    const rows = await qb
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return toPage(rows, limit, (s) => [s.name, s.id], toStaffView);
  }

  async get(id: string, user: AuthUser): Promise<StaffView> {
    const row = await this.dataSource.getRepository(StaffEntity).findOneBy({ id });
    if (!row) throw notFound('Staff member', id);
    readableDepartment(user, row.departmentId);
    return toStaffView(row);
  }
}
