import { DepartmentEntity } from './department.entity';
import { LanEntity } from './lan.entity';
import { SiteEntity } from './site.entity';
import { StaffEntity } from './staff.entity';
import { SupportUnitEntity } from './support-unit.entity';

export const DIRECTORY_ENTITIES = [
  DepartmentEntity,
  SupportUnitEntity,
  SiteEntity,
  LanEntity,
  StaffEntity,
];
