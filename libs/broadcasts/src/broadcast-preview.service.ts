import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastPreview } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { CHANNELS, normaliseBroadcastTarget } from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { ValidationProblem } from '@cordon/platform';
import { incidentToBroadcastOn } from './broadcast-target';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { BroadcastReadsRepository } from './broadcast-reads.repository';
import { BroadcastPreviewDto } from './dto/create-broadcast.dto';

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
    private readonly reads: BroadcastReadsRepository,
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
    const row = await this.reads.reach(audience, channels);
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
