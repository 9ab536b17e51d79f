import { Injectable } from '@nestjs/common';
import type { ErrorCode } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { departmentScope } from '@cordon/domain';
import { EventLogRepository } from './event-log.repository';

/** A patch campaign's events are on this stream (libs/patching `campaignStream`). */
export const campaignLiveStream = (campaignId: string): string => `campaign:${campaignId}`;

/**
 * Who may follow a patch campaign live: whoever may read its events over HTTP
 * (`GET /campaigns/:id/events`: every role that sees a department, not plain staff), for
 * a campaign that exists (its stream has its `campaign.created`). Null when allowed.
 */
@Injectable()
export class CampaignLivePolicy {
  constructor(private readonly events: EventLogRepository) {}

  async check(
    user: AuthUser,
    campaignId: string,
  ): Promise<{ code: ErrorCode; message: string } | null> {
    if (departmentScope(user).kind === 'none')
      return { code: 'forbidden', message: 'Your roles give you no access to patch campaigns' };
    if (!(await this.events.streamExists(campaignLiveStream(campaignId))))
      return { code: 'not_found', message: `Campaign ${campaignId} not found` };
    return null;
  }
}
