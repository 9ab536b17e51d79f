import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page } from '@cordon/contracts';
import { keysetOrder, keysetPage, KeysetRequest } from '@cordon/platform';
import { DepartmentEntity } from './entities/department.entity';
import { LanEntity } from './entities/lan.entity';
import { SiteEntity } from './entities/site.entity';
import { SupportUnitEntity } from './entities/support-unit.entity';

export interface NewDepartment {
  code: string;
  name: string;
}

export interface NewSite {
  code: string;
  name: string;
  address: string | null;
}

export interface NewSupportUnit {
  code: string;
  name: string;
  kind: SupportUnitEntity['kind'];
  departmentId: string;
  section: string | null;
  email: string | null;
}

export interface NewLan {
  code: string;
  name: string;
  siteId: string;
  departmentId: string;
  cidr: string | null;
}

/** A keyset page of rows ordered by their unique code. */
function pageByCode<E extends ObjectLiteral & { code: string }, V>(
  qb: SelectQueryBuilder<E>,
  request: KeysetRequest,
  view: (row: E) => V,
): Promise<Page<V>> {
  return keysetPage(
    qb,
    keysetOrder<E>([`${qb.alias}.code`], (row) => [row.code]),
    request,
    view,
  );
}

/**
 * The organisation chart's tables (departments, sites, support units, LANs): rows in
 * by one insert each (unique and foreign keys answer conflicts), pages out by code.
 */
@Injectable()
export class OrgChartRepository {
  constructor(private readonly dataSource: DataSource) {}

  insertDepartment(manager: EntityManager, row: NewDepartment): Promise<DepartmentEntity> {
    return manager.getRepository(DepartmentEntity).save(row);
  }

  insertSite(manager: EntityManager, row: NewSite): Promise<SiteEntity> {
    return manager.getRepository(SiteEntity).save(row);
  }

  insertSupportUnit(manager: EntityManager, row: NewSupportUnit): Promise<SupportUnitEntity> {
    return manager.getRepository(SupportUnitEntity).save(row);
  }

  insertLan(manager: EntityManager, row: NewLan): Promise<LanEntity> {
    return manager.getRepository(LanEntity).save(row);
  }

  departments<V>(request: KeysetRequest, view: (d: DepartmentEntity) => V): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(DepartmentEntity).createQueryBuilder('d');
    return pageByCode(qb, request, view);
  }

  sites<V>(request: KeysetRequest, view: (s: SiteEntity) => V): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(SiteEntity).createQueryBuilder('s');
    return pageByCode(qb, request, view);
  }

  supportUnits<V>(
    filter: { departmentId?: string },
    request: KeysetRequest,
    view: (u: SupportUnitEntity) => V,
  ): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(SupportUnitEntity).createQueryBuilder('u');
    if (filter.departmentId) qb.andWhere('u.departmentId = :d', { d: filter.departmentId });
    return pageByCode(qb, request, view);
  }

  lans<V>(
    filter: { departmentId?: string | null; siteId?: string },
    request: KeysetRequest,
    view: (l: LanEntity) => V,
  ): Promise<Page<V>> {
    const qb = this.dataSource.getRepository(LanEntity).createQueryBuilder('l');
    if (filter.departmentId) qb.andWhere('l.departmentId = :d', { d: filter.departmentId });
    if (filter.siteId) qb.andWhere('l.siteId = :s', { s: filter.siteId });
    return pageByCode(qb, request, view);
  }

  departmentById(id: string): Promise<DepartmentEntity | null> {
    return this.dataSource.getRepository(DepartmentEntity).findOneBy({ id });
  }

  lanById(id: string): Promise<LanEntity | null> {
    return this.dataSource.getRepository(LanEntity).findOneBy({ id });
  }

  /** Every department, by code. */
  allDepartments(manager: EntityManager = this.dataSource.manager): Promise<DepartmentEntity[]> {
    return manager.getRepository(DepartmentEntity).find({ order: { code: 'ASC' } });
  }

  /** Every site, by code. */
  allSites(manager: EntityManager = this.dataSource.manager): Promise<SiteEntity[]> {
    return manager.getRepository(SiteEntity).find({ order: { code: 'ASC' } });
  }

  /** Every LAN, by code. */
  allLans(manager: EntityManager = this.dataSource.manager): Promise<LanEntity[]> {
    return manager.getRepository(LanEntity).find({ order: { code: 'ASC' } });
  }
}
