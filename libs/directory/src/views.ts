import type {
  DepartmentView,
  LanView,
  SiteView,
  StaffView,
  SupportUnitView,
} from '@cordon/contracts';
import type { DepartmentEntity } from './entities/department.entity';
import type { LanEntity } from './entities/lan.entity';
import type { SiteEntity } from './entities/site.entity';
import type { StaffEntity } from './entities/staff.entity';
import type { SupportUnitEntity } from './entities/support-unit.entity';

export const toDepartmentView = (d: DepartmentEntity): DepartmentView => ({
  id: d.id,
  code: d.code,
  name: d.name,
});

export const toSiteView = (s: SiteEntity): SiteView => ({
  id: s.id,
  code: s.code,
  name: s.name,
  address: s.address,
});

export const toSupportUnitView = (u: SupportUnitEntity): SupportUnitView => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  departmentId: u.departmentId,
  section: u.section,
  email: u.email,
});

export const toLanView = (l: LanEntity): LanView => ({
  id: l.id,
  code: l.code,
  name: l.name,
  siteId: l.siteId,
  departmentId: l.departmentId,
  cidr: l.cidr,
});

export const toStaffView = (s: StaffEntity): StaffView => ({
  id: s.id,
  name: s.name,
  email: s.email,
  mobile: s.mobile,
  departmentId: s.departmentId,
  siteId: s.siteId,
  lanId: s.lanId,
  smsConsent: s.smsConsent,
  active: s.active,
});
