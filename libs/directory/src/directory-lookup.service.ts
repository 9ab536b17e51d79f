import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DirectoryLookups, LanRef } from '@cordon/domain';
import { DepartmentEntity } from './entities/department.entity';
import { LanEntity } from './entities/lan.entity';
import { SiteEntity } from './entities/site.entity';
import { StaffEntity } from './entities/staff.entity';

export interface DepartmentRef {
  id: string;
  code: string;
  name: string;
}

export interface SiteRef {
  id: string;
  code: string;
  name: string;
}

export interface LanSummaryRef extends LanRef {
  code: string;
  name: string;
}

/**
 * Codes to ids for imports, and the small reference lists other features show
 * (the directory's public read side; other features never read its tables).
 */
@Injectable()
export class DirectoryLookup {
  constructor(private readonly dataSource: DataSource) {}

  /** Departments, sites and LANs by upper-case code, read through `manager` (a transaction's). */
  async byCode(manager: EntityManager = this.dataSource.manager): Promise<DirectoryLookups> {
    // one after another: a transaction's connection runs one query at a time
    const departments = await manager
      .getRepository(DepartmentEntity)
      .find({ select: { id: true, code: true } });
    const sites = await manager
      .getRepository(SiteEntity)
      .find({ select: { id: true, code: true } });
    const lans = await this.lans(manager);
    return {
      departments: new Map(departments.map((d) => [d.code, d.id])),
      sites: new Map(sites.map((s) => [s.code, s.id])),
      lans: new Map(lans.map((l) => [l.code, l])),
    };
  }

  async departments(manager: EntityManager = this.dataSource.manager): Promise<DepartmentRef[]> {
    const rows = await manager.getRepository(DepartmentEntity).find({ order: { code: 'ASC' } });
    return rows.map(({ id, code, name }) => ({ id, code, name }));
  }

  async sites(manager: EntityManager = this.dataSource.manager): Promise<SiteRef[]> {
    const rows = await manager.getRepository(SiteEntity).find({ order: { code: 'ASC' } });
    return rows.map(({ id, code, name }) => ({ id, code, name }));
  }

  async lans(manager: EntityManager = this.dataSource.manager): Promise<LanSummaryRef[]> {
    const rows = await manager.getRepository(LanEntity).find({ order: { code: 'ASC' } });
    return rows.map(({ id, code, name, siteId, departmentId, cidr }) => ({
      id,
      code,
      name,
      siteId,
      departmentId,
      cidr,
    }));
  }

  /** Where a member of staff works (department, site, LAN), for matching their fault reports. */
  async staffPlace(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ departmentId: string; siteId: string | null; lanId: string | null } | null> {
    const row = await manager.getRepository(StaffEntity).findOne({
      where: { id },
      select: { id: true, departmentId: true, siteId: true, lanId: true },
    });
    return row ? { departmentId: row.departmentId, siteId: row.siteId, lanId: row.lanId } : null;
  }
}
