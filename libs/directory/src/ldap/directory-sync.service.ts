import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ActorRef,
  DirectorySyncReport,
  DirectorySyncStatus,
  StaffSyncedData,
} from '@cordon/contracts';
import { DIRECTORY_STREAM } from '@cordon/auth';
import {
  conflict,
  DirectoryAttributeNames,
  DirectoryEntry,
  planDirectorySync,
  SyncLookups,
  syncEvent,
  validateDirectoryEntry,
} from '@cordon/domain';
import { APP_CONFIG, AppConfig, LdapConfig, Spine } from '@cordon/platform';
import { DirectoryLookup } from '../directory-lookup.service';
import { accessLine, DirectoryAccess } from './directory-access';
import { DirectorySyncRepository } from './directory-sync.repository';
import { LdapReader } from './ldap-reader';

export interface SyncOptions {
  dryRun: boolean;
  trigger: StaffSyncedData['trigger'];
}

const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Staff from Active Directory / LDAP. A real sync runs in one transaction: a lock that
 * refuses a second sync (409 `conflict`), the directory read, Cordon's staff read and
 * locked, the plan (libs/domain), three set-based writes and one `staff.synced` event.
 * A dry run reads the same and answers the same report, writing nothing.
 */
@Injectable()
export class DirectorySyncService {
  constructor(
    private readonly spine: Spine,
    private readonly lookup: DirectoryLookup,
    private readonly repository: DirectorySyncRepository,
    private readonly reader: LdapReader,
    private readonly access: DirectoryAccess,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether LDAP_URL is set (the worker's schedule and the console ask). */
  get configured(): boolean {
    return this.config.ldap !== null;
  }

  async status(): Promise<DirectorySyncStatus> {
    const ldap = this.config.ldap;
    return {
      configured: ldap !== null,
      url: ldap?.url ?? null,
      baseDn: ldap?.baseDn ?? null,
      scheduleMinutes: ldap?.syncMinutes ?? null,
      last: await this.repository.lastSync(),
    };
  }

  async sync(actor: ActorRef, options: SyncOptions): Promise<DirectorySyncReport> {
    const ldap = this.config.ldap;
    if (!ldap)
      throw conflict('directory sync is not configured: set LDAP_URL and the LDAP_ variables');
    if (options.dryRun) {
      const entries = await this.reader.read(ldap);
      const existing = await this.repository.existing();
      const plan = this.plan(ldap, entries, existing, await this.lookups(), true);
      const changes = await this.accessChanges(entries, plan.report, this.dataSource.manager);
      return { ...plan.report, access: changes.map(accessLine) };
    }
    return this.spine.run(actor, async (tx) => {
      if (!(await this.repository.tryLock(tx.manager)))
        throw conflict('a directory sync is already running; try again when it has finished');
      const entries = await this.reader.read(ldap);
      const lookups = await this.lookups(tx.manager);
      const existing = await this.repository.existing(tx.manager, true);
      const plan = this.plan(ldap, entries, existing, lookups, false);
      await this.repository.create(tx.manager, plan.creates);
      await this.repository.update(tx.manager, plan.updates);
      await this.repository.deactivate(
        tx.manager,
        plan.leavers.map((l) => l.id),
      );
      // staff first, users' roles last (their events after staff.synced's counts are known)
      const changes = await this.accessChanges(entries, plan.report, tx.manager);
      const report = { ...plan.report, access: changes.map(accessLine) };
      tx.append(DIRECTORY_STREAM, 'staff.synced', syncEvent(report, options.trigger));
      await this.access.apply(tx, changes);
      return report;
    });
  }

  private plan(
    ldap: LdapConfig,
    entries: DirectoryEntry[],
    existing: Parameters<typeof planDirectorySync>[1],
    lookups: SyncLookups,
    dryRun: boolean,
  ) {
    const a = ldap.attributes;
    const names: DirectoryAttributeNames = {
      id: a.id,
      name: a.name.join(' or '),
      mail: a.mail,
      mobile: a.mobile,
      department: a.department,
      site: a.site,
      lan: a.lan,
    };
    return planDirectorySync(
      entries,
      existing,
      (entry) => validateDirectoryEntry(entry, names, lookups),
      names,
      dryRun,
    );
  }

  private accessChanges(
    entries: DirectoryEntry[],
    report: DirectorySyncReport,
    manager: EntityManager,
  ) {
    return this.access.changes(entries, new Set(report.rejected.map((r) => r.dn)), manager);
  }

  private async lookups(manager?: EntityManager): Promise<SyncLookups> {
    const codes = await this.lookup.byCode(manager);
    const departments = await this.lookup.departments(manager);
    const sites = await this.lookup.sites(manager);
    return {
      departments: codes.departments,
      departmentNames: new Map(departments.map((d) => [nameKey(d.name), d.id])),
      sites: codes.sites,
      siteNames: new Map(sites.map((s) => [nameKey(s.name), s.id])),
      lans: codes.lans,
    };
  }
}
