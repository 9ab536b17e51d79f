import { Injectable } from '@nestjs/common';
import type { BroadcastKind } from '@cordon/contracts';
import { UsersService } from '@cordon/auth';
import {
  BroadcastRequest,
  NoticeTemplate,
  reminderKey,
  updateReminderNotice,
} from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { Spine, SpineTransaction, SYSTEM_ACTOR } from '@cordon/platform';
import {
  BroadcastIncident,
  BroadcastWriterService,
  NamedRecipient,
  WrittenBroadcast,
} from '@cordon/broadcasts';

const NOBODY = { all: false, departmentIds: [], siteIds: [], lanIds: [] };

export function noticeRequest(
  notice: NoticeTemplate,
  audience: BroadcastRequest['audience'] = NOBODY,
): BroadcastRequest {
  return { ...notice, smsBody: notice.smsBody ?? null, audience, escalateAfterMinutes: null };
}

/**
 * Notices Cordon sends by itself, as broadcasts with an idempotency key derived from
 * what caused them (a job id, an incident and due time), so each goes out once.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly spine: Spine,
    private readonly writer: BroadcastWriterService,
    private readonly users: UsersService,
    private readonly staff: StaffAudience,
  ) {}

  /** A login as a recipient: their email, and mobile and consent from their staff record. */
  async person(userId: string): Promise<NamedRecipient | null> {
    const user = await this.users.findById(userId);
    if (!user) return null;
    const contact = await this.staff.contactByEmail(user.email);
    return {
      id: user.id,
      kind: 'user',
      name: user.name,
      email: user.email,
      mobile: contact?.mobile ?? null,
      smsConsent: contact?.smsConsent ?? false,
      lanCode: contact?.lanCode ?? null,
    };
  }

  /**
   * A department's IT unit as recipients: its active logins with the `itu` role, each
   * with mobile and consent from their staff record, by name.
   */
  async ituOf(departmentId: string): Promise<NamedRecipient[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.users.list({ departmentId, role: 'itu', limit: 500, cursor });
      ids.push(...page.items.map((u) => u.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const people: NamedRecipient[] = [];
    for (const id of ids) {
      const active = await this.users.findActive(id);
      const person = active ? await this.person(active.id) : null;
      if (person) people.push(person);
    }
    return people.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** To named people (the owner). */
  async toPeople(
    incident: BroadcastIncident,
    kind: BroadcastKind,
    key: string,
    notice: NoticeTemplate,
    people: NamedRecipient[],
    also?: (tx: SpineTransaction, written: WrittenBroadcast) => Promise<void>,
  ): Promise<WrittenBroadcast> {
    return this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const written = await this.writer.write(tx, {
        incident,
        kind,
        idempotencyKey: key,
        request: noticeRequest(notice),
        recipients: people,
        resetsCadence: false,
      });
      if (also) await also(tx, written);
      return written;
    });
  }

  /** To everyone on some LANs (a LAN shut down, cleaned, reopened). */
  async toLans(
    incident: BroadcastIncident,
    key: string,
    notice: NoticeTemplate,
    lanIds: string[],
  ): Promise<WrittenBroadcast> {
    return this.spine.run(SYSTEM_ACTOR, (tx) =>
      this.writer.write(tx, {
        incident,
        kind: 'lan_notice',
        idempotencyKey: key,
        request: noticeRequest(notice, { ...NOBODY, lanIds: [...lanIds].sort() }),
        resetsCadence: false,
      }),
    );
  }

  /**
   * Staff are owed an update and none went out by `dueAt`: the owner is reminded by
   * email and SMS with an `incident.update_overdue` event, once per due time.
   */
  async remindOwner(incident: BroadcastIncident, dueAt: Date): Promise<WrittenBroadcast | null> {
    const owner = await this.person(incident.ownerId);
    if (!owner) return null;
    return this.toPeople(
      { ...incident, nextUpdateDueAt: dueAt },
      'update_reminder',
      reminderKey(incident.id, dueAt),
      updateReminderNotice(),
      [owner],
      async (tx, written) => {
        if (written.created)
          tx.appendToIncident(incident.id, 'incident.update_overdue', {
            dueAt: dueAt.toISOString(),
            owner: { id: owner.id, name: owner.name },
            broadcastId: written.id,
          });
      },
    );
  }
}
