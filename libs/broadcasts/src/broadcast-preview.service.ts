import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastChannel, BroadcastPreview } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { CHANNELS, normaliseBroadcastTarget } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { ValidationProblem } from '@cordon/platform';
import { incidentToBroadcastOn } from './broadcast-target';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { ELIGIBILITY_SQL } from './delivery-sql';
import { BroadcastPreviewDto } from './dto/create-broadcast.dto';

interface ReachRow {
  recipients: number;
  groups: { channel: BroadcastChannel; reason: string | null; n: number }[] | null;
}

/**
 * Who a broadcast would reach, before it is sent: the audience the writer would
 * resolve (`StaffAudience.query`) crossed with the channels under the same eligibility
 * (`ELIGIBILITY_SQL`), counted in one read-only statement. Checked as a broadcast is.
 */
@Injectable()
export class BroadcastPreviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audience: StaffAudience,
    private readonly incidents: BroadcastIncidents,
  ) {}

  async preview(
    incidentId: string,
    dto: BroadcastPreviewDto,
    user: AuthUser,
  ): Promise<BroadcastPreview> {
    const checked = normaliseBroadcastTarget(dto);
    if (!checked.ok) throw new ValidationProblem(checked.errors);
    const { audience, channels } = checked.value;
    await incidentToBroadcastOn(
      this.dataSource,
      this.incidents,
      this.audience,
      incidentId,
      audience,
      user,
    );
    const staff = this.audience.query(audience, 2);
    const rows: ReachRow[] = await this.dataSource.query(
      `WITH r AS (${staff.sql})
       SELECT (SELECT count(*)::int FROM r) AS recipients,
              (SELECT json_agg(json_build_object('channel', g.ch, 'reason', g.reason, 'n', g.n))
               FROM (SELECT ch, e.reason, count(*)::int AS n
                     FROM r CROSS JOIN unnest($1::text[]) ch
                     ${ELIGIBILITY_SQL}
                     GROUP BY ch, e.reason) g) AS groups`,
      [channels, ...staff.params],
    );
    const row = rows[0] ?? { recipients: 0, groups: null };
    const preview: BroadcastPreview = {
      recipients: row.recipients,
      byChannel: { email: { reachable: 0, skipped: 0 }, sms: { reachable: 0, skipped: 0 } },
      skippedReasons: {},
    };
    for (const g of row.groups ?? []) {
      if (!(CHANNELS as readonly string[]).includes(g.channel)) continue;
      if (g.reason === null) {
        preview.byChannel[g.channel].reachable += g.n;
      } else {
        preview.byChannel[g.channel].skipped += g.n;
        preview.skippedReasons[g.reason] = (preview.skippedReasons[g.reason] ?? 0) + g.n;
      }
    }
    return preview;
  }
}
