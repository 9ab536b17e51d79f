import { Injectable, Logger } from '@nestjs/common';
import type { BroadcastKind } from '@cordon/contracts';
import { UsersService } from '@cordon/auth';
import type { AttachmentRequest, EmailAttachment, EmailAttachments } from '@cordon/delivery';
import { isDomainError } from '@cordon/domain';
import { AttachmentBroadcast, PlanAttachmentsRepository } from './plan-attachments.repository';
import { PrintablePlans } from './printable-plans.service';

/** The owner's notices that carry the printable plan: the update reminder and the handover. */
export const PLAN_ATTACHED_TO: readonly BroadcastKind[] = ['update_reminder', 'handover_notice'];

const CACHE_SIZE = 500;

/**
 * `EMAIL_ATTACHMENTS` for the worker: the owner's update reminder (and the notice of a
 * declaration or handover) carries the incident's printable plan as an HTML file, made
 * when the email is sent and as its recipient may read it. Any other email carries
 * nothing; a broadcast's kind is read once per process (every email of a broadcast to
 * thousands asks).
 */
@Injectable()
export class PlanAttachments implements EmailAttachments {
  private readonly logger = new Logger(PlanAttachments.name);
  private readonly kinds = new Map<string, Promise<AttachmentBroadcast | null>>();

  constructor(
    private readonly broadcasts: PlanAttachmentsRepository,
    private readonly users: UsersService,
    private readonly plans: PrintablePlans,
  ) {}

  async forDelivery(request: AttachmentRequest): Promise<EmailAttachment[]> {
    const broadcast = await this.broadcast(request.broadcastId);
    if (!broadcast?.incidentId || !PLAN_ATTACHED_TO.includes(broadcast.kind)) return [];
    const viewer = await this.users.findActive(request.recipientId);
    if (!viewer) return [];
    try {
      const file = await this.plans.file(viewer, broadcast.incidentId);
      return [
        { filename: file.filename, content: file.body, contentType: 'text/html; charset=utf-8' },
      ];
    } catch (err) {
      // a previous owner who may no longer read the incident gets the notice without it
      if (isDomainError(err)) {
        this.logger.debug({ msg: 'plan not attached', code: err.code, ...request });
        return [];
      }
      throw err;
    }
  }

  private broadcast(id: string): Promise<AttachmentBroadcast | null> {
    const known = this.kinds.get(id);
    if (known) return known;
    const loading = this.broadcasts.broadcast(id);
    if (this.kinds.size >= CACHE_SIZE) this.kinds.delete(this.kinds.keys().next().value as string);
    this.kinds.set(id, loading);
    loading.catch(() => this.kinds.delete(id));
    return loading;
  }
}
