import { Inject, Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  directiveEscalationNotice,
  formatUpdateTime,
  lanPhaseNotice,
  ownerNotice,
  reminderDue,
} from '@cordon/domain';
import { DirectoryLookup } from '@cordon/directory';
import { APP_CONFIG, AppConfig } from '@cordon/platform';
import { BroadcastIncidents } from '@cordon/broadcasts';
import { NoticesService } from '../notices.service';
import { ItuNoticesService } from './itu-notices.service';

type Payload = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * `notify.*` jobs incident command puts in the outbox, turned into notices; each
 * job id is the notice's idempotency key, so a job run twice sends once.
 * - `notify.lan_phase_changed`: the LAN's staff (shut down: email + SMS, asks YES)
 * - `notify.owner_assigned`, `notify.owner_changed`: the owner(s), by email and SMS
 * - `notify.update_due`: the owner, if the update is still overdue at that due time
 * - `notify.directive_overdue`: the owner, naming the department
 * - `notify.directive_issued`: each addressed department's ITU, with text and due time
 * - `notify.device_isolated`: the machine's department's ITU
 */
@Injectable()
export class NotifyProcessor {
  private readonly logger = new Logger(NotifyProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: BroadcastIncidents,
    private readonly notices: NoticesService,
    private readonly directory: DirectoryLookup,
    private readonly itu: ItuNoticesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(job: Job<Payload>): Promise<string> {
    const incidentId = text(job.data['incidentId']);
    const incident = incidentId
      ? await this.incidents.get(this.dataSource.manager, incidentId)
      : null;
    if (!incident) return 'no incident';
    const key = `${job.name}-${job.id ?? ''}`;
    switch (job.name) {
      case 'notify.lan_phase_changed': {
        const notice = lanPhaseNotice(String(job.data['to']), text(job.data['reason']));
        const lanId = text(job.data['lanId']);
        if (!notice || !lanId) return 'no notice for this phase';
        await this.notices.toLans(incident, key, notice, [lanId]);
        return 'sent';
      }
      case 'notify.owner_assigned':
      case 'notify.owner_changed': {
        const role = (text(job.data['role']) ?? 'declared') as
          'new_owner' | 'previous_owner' | 'declared';
        const other = (job.data[role === 'previous_owner' ? 'to' : 'from'] ?? null) as {
          name?: string;
        } | null;
        const person = await this.notices.person(String(job.data['userId']));
        if (!person) return 'no such user';
        const reason = job.name === 'notify.owner_changed' ? text(job.data['reason']) : null;
        await this.notices.toPeople(
          incident,
          'handover_notice',
          key,
          ownerNotice(role, role === 'declared' ? null : (other?.name ?? null), reason),
          [person],
        );
        return 'sent';
      }
      case 'notify.update_due': {
        const dueAt = new Date(String(job.data['dueAt']));
        const still =
          incident.nextUpdateDueAt?.getTime() === dueAt.getTime() &&
          reminderDue(incident, new Date());
        if (!still) return 'update given since';
        await this.notices.remindOwner(incident, dueAt);
        return 'sent';
      }
      case 'notify.directive_overdue': {
        const owner = await this.notices.person(incident.ownerId);
        if (!owner) return 'no owner';
        const department = (await this.directory.departments()).find(
          (d) => d.id === job.data['departmentId'],
        );
        const dueAt = text(job.data['dueAt']);
        await this.notices.toPeople(
          incident,
          'directive_escalation',
          key,
          directiveEscalationNotice(
            String(job.data['text'] ?? ''),
            [department ? `${department.name} (${department.code})` : 'a department'],
            dueAt ? formatUpdateTime(new Date(dueAt), this.config.comms.timeZone) : null,
          ),
          [owner],
        );
        return 'sent';
      }
      case 'notify.directive_issued':
        return this.itu.directiveIssued(incident, key, job.data);
      case 'notify.device_isolated':
        return this.itu.deviceIsolated(incident, key, job.data);
      default:
        this.logger.debug({ msg: 'notify job without a message', name: job.name, id: job.id });
        return 'ignored';
    }
  }
}
