import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastKind } from '@cordon/contracts';

export interface AttachmentBroadcast {
  kind: BroadcastKind;
  incidentId: string | null;
}

/** What the plan attachments read of a broadcast: its kind and incident. */
@Injectable()
export class PlanAttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async broadcast(broadcastId: string): Promise<AttachmentBroadcast | null> {
    const rows: { kind: BroadcastKind; incident_id: string | null }[] = await this.dataSource.query(
      `SELECT kind, incident_id FROM broadcasts WHERE id = $1`,
      [broadcastId],
    );
    return rows[0] ? { kind: rows[0].kind, incidentId: rows[0].incident_id } : null;
  }
}
