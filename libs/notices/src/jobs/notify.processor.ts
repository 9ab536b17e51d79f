import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { type DataOf, type JobName, QUEUES } from '@cordon/contracts';
import { BroadcastIncident, BroadcastIncidents } from '@cordon/broadcasts';
import {
  directiveEscalationNotice,
  formatUpdateTime,
  lanPhaseNotice,
  ownerNotice,
  reminderDue,
} from '@cordon/domain';
import { DirectoryLookup } from '@cordon/directory';
import { APP_CONFIG, AppConfig, QueueProcessor, recoveryOptions } from '@cordon/platform';
import { NoticesService } from '../notices.service';
import { ItuNoticesService } from './itu-notices.service';

/** A job of the `notify` queue: its name tells its data (the job map's `NotifyJobs`). */
export type NotifyJob = {
  [N in JobName<'notify'>]: Job<DataOf<'notify', N>, string, N>;
}[JobName<'notify'>];

/**
 * `notify.*` jobs incident command puts in the outbox, turned into notices; each
 * job id is the notice's idempotency key, so a job run twice sends once.
 * - `notify.lan_phase_changed`: the LAN's staff (shut down: email + SMS, asks YES)
 * - `notify.owner_assigned`, `notify.owner_changed`: the owner(s), by email and SMS
 * - `notify.update_due`: the owner, if the update is still overdue at that due time
 * - `notify.directive_overdue`: the owner, naming the department and the due time
 * - `notify.directive_issued`: each addressed department's ITU, with text and due time
 * - `notify.device_isolated`: the machine's department's ITU
 * - `notify.staff_unreachable`: the department's ITU, naming staff a broadcast could not reach
 */
@QueueProcessor(QUEUES.notify, (config) => ({ ...recoveryOptions(config), concurrency: 4 }))
export class NotifyProcessor extends WorkerHost {
  private readonly logger = new Logger(NotifyProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: BroadcastIncidents,
    private readonly notices: NoticesService,
    private readonly directory: DirectoryLookup,
    private readonly itu: ItuNoticesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: NotifyJob): Promise<string> {
    const incident = job.data.incidentId
      ? await this.incidents.get(this.dataSource.manager, job.data.incidentId)
      : null;
    if (!incident) return 'no incident';
    const key = `${job.name}-${job.id ?? ''}`;
    switch (job.name) {
      case 'notify.lan_phase_changed': {
        const notice = lanPhaseNotice(job.data.to, job.data.reason);
        if (!notice || !job.data.lanId) return 'no notice for this phase';
        await this.notices.toLans(incident, key, notice, [job.data.lanId]);
        return 'sent';
      }
      case 'notify.owner_assigned':
        return this.toOwner(incident, key, job.data.userId, ownerNotice('declared', null, null));
      case 'notify.owner_changed': {
        const { role, reason } = job.data;
        const other = role === 'previous_owner' ? job.data.to : job.data.from;
        return this.toOwner(incident, key, job.data.userId, ownerNotice(role, other.name, reason));
      }
      case 'notify.update_due': {
        const dueAt = new Date(job.data.dueAt);
        const still =
          incident.nextUpdateDueAt?.getTime() === dueAt.getTime() &&
          reminderDue(incident, new Date());
        if (!still) return 'update given since';
        await this.notices.remindOwner(incident, dueAt);
        return 'sent';
      }
      case 'notify.directive_overdue':
        return this.directiveOverdue(incident, key, job.data);
      case 'notify.directive_issued':
        return this.itu.directiveIssued(incident, key, job.data);
      case 'notify.device_isolated':
        return this.itu.deviceIsolated(incident, key, job.data);
      case 'notify.staff_unreachable':
        return this.itu.staffUnreachable(incident, key, job.data);
      default: {
        const unknown = job as Job;
        this.logger.debug({
          msg: 'notify job without a message',
          name: unknown.name,
          id: unknown.id,
        });
        return 'ignored';
      }
    }
  }

  private async toOwner(
    incident: BroadcastIncident,
    key: string,
    userId: string,
    notice: ReturnType<typeof ownerNotice>,
  ): Promise<string> {
    const person = await this.notices.person(userId);
    if (!person) return 'no such user';
    await this.notices.toPeople(incident, 'handover_notice', key, notice, [person]);
    return 'sent';
  }

  /** The owner, told which department has not acknowledged a directive by when it was due. */
  private async directiveOverdue(
    incident: BroadcastIncident,
    key: string,
    data: DataOf<'notify', 'notify.directive_overdue'>,
  ): Promise<string> {
    const owner = await this.notices.person(incident.ownerId);
    if (!owner) return 'no owner';
    const department = (await this.directory.departments()).find((d) => d.id === data.departmentId);
    await this.notices.toPeople(
      incident,
      'directive_escalation',
      key,
      directiveEscalationNotice(
        data.text,
        [department ? `${department.name} (${department.code})` : 'a department'],
        data.dueAt ? formatUpdateTime(new Date(data.dueAt), this.config.comms.timeZone) : null,
      ),
      [owner],
    );
    return 'sent';
  }
}
