import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BroadcastPreview, BroadcastRoutePart, LanPhase } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import {
  CHANNELS,
  isLanClosed,
  normaliseBroadcastTarget,
  RouteGets,
  routePartText,
} from '@cordon/domain';
import { StaffAudience } from '@cordon/directory';
import { ValidationProblem } from '@cordon/platform';
import { incidentToBroadcastOn } from './broadcast-target';
import { BroadcastIncidents } from './broadcast-incidents.port';
import { BroadcastReadsRepository } from './broadcast-reads.repository';
import { BroadcastPreviewDto } from './dto/create-broadcast.dto';

/**
 * Who a broadcast would reach, before it is sent: the audience the writer would
 * resolve (`StaffAudience.query`), with the LANs closed now, crossed with the channels
 * under the same routing (`routingSql`: SMS first on a closed LAN), counted in one
 * read-only statement; the parts of the audience by what reaches them and why, and the
 * unreachable by name. Checked as a broadcast is.
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
    const closed = await this.incidents.closedLans(this.dataSource.manager);
    const row = await this.reads.reach(audience, channels, closed);
    const preview: BroadcastPreview = {
      recipients: row.recipients,
      byChannel: { email: { reachable: 0, skipped: 0 }, sms: { reachable: 0, skipped: 0 } },
      skippedReasons: {},
      routes: (row.parts ?? [])
        .map((p) => toRoutePart(p.gets as RouteGets, p.n, p.lan, p.phase))
        .sort((a, b) => b.staff - a.staff || a.text.localeCompare(b.text)),
      unreachable: { count: row.unreachable_count, people: row.unreachable ?? [] },
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

function toRoutePart(
  gets: RouteGets,
  staff: number,
  code: string | null,
  phase: LanPhase | null,
): BroadcastRoutePart {
  const lan = code && phase && isLanClosed(phase) ? { code, phase } : null;
  return {
    gets,
    because: lan ? 'lan_closed' : 'requested',
    lan,
    staff,
    unreachable: lan !== null && gets !== 'sms' && gets !== 'email+sms',
    text: routePartText(gets, staff, lan),
  };
}
