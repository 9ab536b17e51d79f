import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  deviceIsolatedNotice,
  directiveIssuedNotice,
  directiveUnreachableNotice,
  formatUpdateTime,
  staffUnreachableNotice,
} from '@cordon/domain';
import { DirectoryLookup } from '@cordon/directory';
import { DirectiveSummaries } from '@cordon/incidents';
import { DeviceRecordsService } from '@cordon/inventory';
import { APP_CONFIG, AppConfig } from '@cordon/platform';
import type { DataOf } from '@cordon/contracts';
import { BroadcastIncident } from '@cordon/broadcasts';
import { NoticesService } from '../notices.service';

/** A non-empty string, or null. */
const text = (value: string | null | undefined): string | null => value || null;

/**
 * Notices to a department's IT unit (its ITU logins, by email and by SMS where their
 * staff record has a consenting mobile): a directive addressed to the department, a
 * machine of theirs isolated. `key` (from the job id) makes each go out once. A
 * directive to a department with nobody to receive it goes to the owner instead.
 */
@Injectable()
export class ItuNoticesService {
  private readonly logger = new Logger(ItuNoticesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: NoticesService,
    private readonly directory: DirectoryLookup,
    private readonly directives: DirectiveSummaries,
    private readonly devices: DeviceRecordsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One notice per addressed department, with the directive's text and due time as stored. */
  async directiveIssued(
    incident: BroadcastIncident,
    key: string,
    data: DataOf<'notify', 'notify.directive_issued'>,
  ): Promise<string> {
    const directiveId = text(data.directiveId);
    const directive = directiveId ? await this.directives.get(directiveId) : null;
    if (!directive || directive.incidentId !== incident.id) return 'no such directive';
    const due = formatUpdateTime(directive.dueAt, this.config.comms.timeZone);
    const departments = new Map((await this.directory.departments()).map((d) => [d.id, d]));
    let sent = 0;
    for (const departmentId of directive.departmentIds) {
      const department = departments.get(departmentId);
      const label = department ? `${department.name} (${department.code})` : 'your department';
      const itu = await this.notices.ituOf(departmentId);
      if (itu.length === 0) {
        // nobody there to tell: the owner is, so that someone calls them
        this.logger.warn({ msg: 'directive: department has no ITU member to tell', departmentId });
        const owner = await this.notices.person(incident.ownerId);
        if (owner)
          await this.notices.toPeople(
            incident,
            'directive_escalation',
            `${key}:${departmentId}:unreachable`,
            directiveUnreachableNotice(directive.text, label),
            [owner],
          );
        continue;
      }
      await this.notices.toPeople(
        incident,
        'directive_notice',
        `${key}:${departmentId}`,
        directiveIssuedNotice(directive.text, label, due),
        itu,
      );
      sent++;
    }
    return `sent to ${sent} of ${directive.departmentIds.length} department(s)`;
  }

  /**
   * The department's ITU, told which of their staff a broadcast could not reach (on a
   * closed LAN, with no mobile or SMS consent), by name, so someone tells them in person.
   */
  async staffUnreachable(
    incident: BroadcastIncident,
    key: string,
    data: DataOf<'notify', 'notify.staff_unreachable'>,
  ): Promise<string> {
    const itu = await this.notices.ituOf(data.departmentId);
    if (itu.length === 0) {
      this.logger.warn({
        msg: 'unreachable staff: department has no ITU member to tell',
        departmentId: data.departmentId,
      });
      return 'no ITU members';
    }
    await this.notices.toPeople(
      incident,
      'unreachable_notice',
      key,
      staffUnreachableNotice(data.count, data.staff, data.subject),
      itu,
    );
    return 'sent';
  }

  /**
   * The machine's department's ITU, who go and clean it. (The inventory records no user
   * of a machine, so nobody else can be told that theirs is off the network.)
   */
  async deviceIsolated(
    incident: BroadcastIncident,
    key: string,
    data: DataOf<'notify', 'notify.device_isolated'>,
  ): Promise<string> {
    const deviceId = text(data.deviceId);
    const [device] = deviceId ? await this.devices.byIds(this.dataSource.manager, [deviceId]) : [];
    const departmentId = text(data.departmentId) ?? device?.departmentId ?? null;
    const hostname = text(data.hostname) ?? device?.hostname ?? null;
    if (!departmentId || !hostname) return 'no such device';
    const lan = device
      ? ((await this.directory.lans()).find((l) => l.id === device.lanId)?.code ?? null)
      : null;
    const itu = await this.notices.ituOf(departmentId);
    if (itu.length === 0) {
      this.logger.warn({ msg: 'isolation: department has no ITU member to tell', departmentId });
      return 'no ITU members';
    }
    await this.notices.toPeople(
      incident,
      'isolation_notice',
      key,
      deviceIsolatedNotice(hostname, lan),
      itu,
    );
    return 'sent';
  }
}
