import { Logger } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { JOBS, QUEUES } from '@cordon/contracts';
import { isDomainError } from '@cordon/domain';
import { Sweep, SYSTEM_ACTOR } from '@cordon/platform';
import { DirectorySyncService } from '../ldap/directory-sync.service';

/**
 * Staff from the directory every LDAP_SYNC_MINUTES, scheduled only when LDAP_URL is set
 * and the schedule is not 0. A sync already running elsewhere (the lock is taken) is
 * skipped rather than retried; a directory that cannot be read fails the job (logged, and
 * the next run tries again).
 */
@Sweep(QUEUES.directorySync, JOBS.syncDirectory, {
  every: (config) => (config.ldap?.syncMinutes ?? 60) * 60_000,
  when: (config) => Boolean(config.ldap?.syncMinutes),
})
export class DirectorySyncProcessor extends WorkerHost {
  private readonly logger = new Logger(DirectorySyncProcessor.name);

  constructor(private readonly directorySync: DirectorySyncService) {
    super();
  }

  /** The sync; answers its counts (kept with the job), or null when another sync ran. */
  async process(): Promise<Record<string, number> | null> {
    try {
      const report = await this.directorySync.sync(SYSTEM_ACTOR, {
        dryRun: false,
        trigger: 'schedule',
      });
      const counts = {
        entries: report.entries,
        created: report.created.length,
        updated: report.updated.length,
        unchanged: report.unchanged,
        rejected: report.rejected.length,
        leavers: report.leavers.length,
      };
      this.logger.log({ msg: 'directory synced', ...counts });
      return counts;
    } catch (err) {
      if (isDomainError(err) && err.code === 'conflict') {
        this.logger.warn({ msg: 'directory sync skipped', reason: err.message });
        return null;
      }
      throw err;
    }
  }
}
