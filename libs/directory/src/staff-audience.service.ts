import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AudienceField,
  SqlFragment,
  StaffAudienceRepository,
  StaffAudienceSpec,
  StaffContact,
} from './staff-audience.repository';

export type { SqlFragment, StaffAudienceSpec, StaffContact } from './staff-audience.repository';

/**
 * The directory's read side for reaching people: the staff an audience selects, as a
 * query that yields `id, name, email, mobile, sms_consent, lan_code` (so thousands of
 * recipients are written with one INSERT … SELECT, never row by row), and contact
 * details by email. Other features never query the staff table themselves.
 */
@Injectable()
export class StaffAudience {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StaffAudienceRepository,
  ) {}

  /** Parameters are numbered from `$${firstParam}`. */
  query(audience: StaffAudienceSpec, firstParam = 1): SqlFragment {
    return this.repository.selection(audience, firstParam);
  }

  /** Ids in the audience that name no department, site or LAN, by field. */
  async unknownIds(
    audience: StaffAudienceSpec,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ field: AudienceField; ids: string[] }[]> {
    const rows = await this.repository.unknownIds(audience, manager);
    const byField = new Map<AudienceField, string[]>();
    for (const row of rows) byField.set(row.field, [...(byField.get(row.field) ?? []), row.id]);
    return [...byField].map(([field, ids]) => ({ field, ids }));
  }

  /** Staff members' departments, by staff id. */
  async departmentsOf(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string>> {
    const rows = await this.repository.departmentsOf(ids, manager);
    return new Map(rows.map((r) => [r.id, r.departmentId]));
  }

  /** The staff member with this email (a login's person in the directory), if any. */
  contactByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffContact | null> {
    return this.repository.contactByEmail(email, manager);
  }

  /** Staff members by id, for recording an acknowledgement by hand. */
  contact(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffContact | null> {
    return this.repository.contactById(id, manager);
  }
}
