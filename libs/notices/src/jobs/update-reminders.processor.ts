import { WorkerHost } from '@nestjs/bullmq';
import { DataSource } from 'typeorm';
import { JOBS, QUEUES } from '@cordon/contracts';
import { BroadcastIncidents } from '@cordon/broadcasts';
import { reminderDue } from '@cordon/domain';
import { Sweep } from '@cordon/platform';
import { NoticesService } from '../notices.service';

/**
 * Repeated every COMMS_SCAN_SECONDS: reminds the owners whose update to staff is
 * overdue, once per due time (the reminder's idempotency key is the incident and due
 * time), so two workers sweeping at once send one.
 */
@Sweep(QUEUES.updateReminders, JOBS.remindOwners)
export class UpdateRemindersProcessor extends WorkerHost {
  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: BroadcastIncidents,
    private readonly notices: NoticesService,
  ) {
    super();
  }

  /** The sweep; answers how many owners it reminded. */
  async process(): Promise<number> {
    const now = new Date();
    let reminded = 0;
    for (const incident of await this.incidents.overdue(this.dataSource.manager, now)) {
      if (!incident.nextUpdateDueAt || !reminderDue(incident, now)) continue;
      const written = await this.notices.remindOwner(incident, incident.nextUpdateDueAt);
      if (written?.created) reminded++;
    }
    return reminded;
  }
}
