import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BroadcastIncidents } from '@cordon/broadcasts';
import { reminderDue } from '@cordon/domain';
import { NoticesService } from '../notices.service';

/**
 * Repeated every COMMS_SCAN_SECONDS: reminds the owners whose update to staff is
 * overdue, once per due time (the reminder's idempotency key is the incident and due
 * time), so two workers scanning at once send one.
 */
@Injectable()
export class UpdateRemindersProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly incidents: BroadcastIncidents,
    private readonly notices: NoticesService,
  ) {}

  async process(now = new Date()): Promise<number> {
    let reminded = 0;
    for (const incident of await this.incidents.overdue(this.dataSource.manager, now)) {
      if (!incident.nextUpdateDueAt || !reminderDue(incident, now)) continue;
      const written = await this.notices.remindOwner(incident, incident.nextUpdateDueAt);
      if (written?.created) reminded++;
    }
    return reminded;
  }
}
