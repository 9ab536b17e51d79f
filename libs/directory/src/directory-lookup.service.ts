import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DirectoryLookups, LanRef } from '@cordon/domain';
import { OrgChartRepository } from './org-chart.repository';
import { StaffPlace, StaffRepository } from './staff.repository';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgChart: OrgChartRepository,
    private readonly staff: StaffRepository,
  ) {}

  /** Departments, sites and LANs by upper-case code, read through `manager` (a transaction's). */
  async byCode(manager: EntityManager = this.dataSource.manager): Promise<DirectoryLookups> {
    // one after another: a transaction's connection runs one query at a time
    const departments = await this.orgChart.allDepartments(manager);
    const sites = await this.orgChart.allSites(manager);
    const lans = await this.lans(manager);
    return {
      departments: new Map(departments.map((d) => [d.code, d.id])),
      sites: new Map(sites.map((s) => [s.code, s.id])),
      lans: new Map(lans.map((l) => [l.code, l])),
    };
  }

  async departments(manager: EntityManager = this.dataSource.manager): Promise<DepartmentRef[]> {
    const rows = await this.orgChart.allDepartments(manager);
    return rows.map(({ id, code, name }) => ({ id, code, name }));
  }

  async sites(manager: EntityManager = this.dataSource.manager): Promise<SiteRef[]> {
    const rows = await this.orgChart.allSites(manager);
    return rows.map(({ id, code, name }) => ({ id, code, name }));
  }

  async lans(manager: EntityManager = this.dataSource.manager): Promise<LanSummaryRef[]> {
    const rows = await this.orgChart.allLans(manager);
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
  staffPlace(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffPlace | null> {
    return this.staff.place(id, manager);
  }
}
