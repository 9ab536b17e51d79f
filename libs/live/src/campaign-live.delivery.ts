import { Injectable } from '@nestjs/common';
import type { Namespace } from 'socket.io';
import type { CampaignLiveEventOf } from '@cordon/contracts';
import { campaignEventDeviceIds, scopeCampaignEventData } from '@cordon/domain';
import { DeviceDepartmentsRepository } from './device-departments.repository';
import type { DeliverRows, LiveSubscriber } from './live-feed';

/**
 * How a patch campaign's events reach its subscribers: each as `GET /campaigns/:id/events`
 * gives it to them. An ITU member (a subscriber with a `department`) is not sent the
 * events about another department's device or stage, and lists of devices keep their own
 * department's (`scopeCampaignEventData`, the HTTP reads' rule). The subscriber's cursor
 * still moves past what it is not sent, so a resume does not ask for it again; the seqs it
 * is sent have gaps, which are not missed events.
 */
@Injectable()
export class CampaignLiveDelivery {
  constructor(private readonly devices: DeviceDepartmentsRepository) {}

  to(namespace: Namespace): DeliverRows {
    return async (campaignId, rows) => {
      const departments = await this.devices.of(
        rows.flatMap((row) => campaignEventDeviceIds(row.data as Record<string, unknown>)),
      );
      const departmentOf = (deviceId: string) => departments.get(deviceId);
      return (subscribers, row) => {
        for (const [only, ids] of byDepartment(subscribers)) {
          const data = scopeCampaignEventData(
            row.data as Record<string, unknown>,
            only,
            departmentOf,
          );
          if (!data) continue;
          namespace.local.to(ids).emit('campaign.event', {
            seq: row.seq,
            campaignId,
            type: row.type,
            at: new Date(row.at).toISOString(),
            actor: row.actor,
            data,
          } as CampaignLiveEventOf);
        }
      };
    };
  }
}

/** Subscribers grouped by what they may read (null: every department), one emit per group. */
function byDepartment(subscribers: LiveSubscriber[]): Map<string | null, string[]> {
  const groups = new Map<string | null, string[]>();
  for (const s of subscribers) {
    const key = s.department ?? null;
    groups.set(key, [...(groups.get(key) ?? []), s.id]);
  }
  return groups;
}
