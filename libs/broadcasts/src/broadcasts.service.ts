import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type BroadcastAccepted, JOBS, QUEUES, type RetryFailedResult } from '@cordon/contracts';
import { actorOf, AuthUser } from '@cordon/auth';
import { checkIdempotencyKey, fromStatuses, normaliseBroadcastRequest } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { APP_CONFIG, AppConfig, Spine, ValidationProblem } from '@cordon/platform';
import { loadForAction } from './broadcast-access';
import { BroadcastRepository } from './broadcast.repository';
import { incidentToBroadcastOn } from './broadcast-target';
import { BroadcastWriterService } from './broadcast-writer.service';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { fanoutJobId } from './job-ids';
import { CreateBroadcastDto } from './dto/create-broadcast.dto';

/** Broadcasts as people send them: create (idempotent by key) and retry what failed. */
@Injectable()
export class BroadcastsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
    private readonly writer: BroadcastWriterService,
    private readonly audience: StaffAudience,
    private readonly incidents: BroadcastIncidents,
    private readonly broadcasts: BroadcastRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    incidentId: string,
    dto: CreateBroadcastDto,
    idempotencyKey: string | undefined,
    user: AuthUser,
  ): Promise<BroadcastAccepted> {
    const key = checkIdempotencyKey(idempotencyKey);
    if (!key.ok) throw new ValidationProblem(key.errors);
    const checked = normaliseBroadcastRequest(dto, {
      escalateAfterMinutes: this.config.comms.ackEscalationMinutes,
    });
    if (!checked.ok) throw new ValidationProblem(checked.errors);
    const request = checked.value;

    const incident = await incidentToBroadcastOn(
      this.dataSource,
      this.incidents,
      this.audience,
      incidentId,
      request.audience,
      user,
    );

    const written = await this.spine.run(actorOf(user), (tx) =>
      this.writer.write(tx, {
        incident,
        kind: 'broadcast',
        idempotencyKey: key.value,
        request,
        resetsCadence: true,
      }),
    );
    return { id: written.id, recipients: written.recipients };
  }

  /** Failed deliveries go back on the queue (new job ids); the owner asks for it. */
  async retryFailed(broadcastId: string, user: AuthUser): Promise<RetryFailedResult> {
    const { broadcast } = await loadForAction(this.access(), broadcastId, user, 'retry');
    return this.spine.run(actorOf(user), async (tx) => {
      const retried = await this.broadcasts.requeueFailed(
        tx.manager,
        broadcast.id,
        fromStatuses('retry'),
      );
      if (retried === 0) return { retried: 0 };
      const retry = await this.broadcasts.countRetry(tx.manager, broadcast.id);
      tx.appendToIncident(broadcast.incidentId, 'broadcast.retry_requested', {
        broadcastId: broadcast.id,
        retried,
        retry,
      });
      await tx.enqueue({
        queue: QUEUES.fanout,
        name: JOBS.fanout,
        jobId: fanoutJobId(broadcast.id, retry),
        payload: { broadcastId: broadcast.id },
      });
      return { retried };
    });
  }

  private access() {
    return {
      broadcasts: this.broadcasts,
      incidents: this.incidents,
      manager: this.dataSource.manager,
    };
  }
}
