import { Injectable } from '@nestjs/common';
import type { ComplianceSummary } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { DirectoryLookup } from '@cordon/directory';
import {
  addToTally,
  assessCompliance,
  ComplianceTally,
  emptyTally,
  readableDepartment,
} from '@cordon/domain';
import { BaselineService } from './baseline.service';
import { DevicesRepository } from './devices.repository';
import { ComplianceQueryDto } from './dto/device.dto';

/**
 * Where the unprotected machines are: every device record measured against the
 * baseline by the domain rule, counted per department and per LAN.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly devices: DevicesRepository,
    private readonly baselines: BaselineService,
    private readonly directory: DirectoryLookup,
  ) {}

  async summary(query: ComplianceQueryDto, user: AuthUser): Promise<ComplianceSummary> {
    const departmentId = readableDepartment(user, query.departmentId);
    const [baseline, departments, lans, devices] = await Promise.all([
      this.baselines.get(user),
      this.directory.departments(),
      this.directory.lans(),
      this.devices.facts(departmentId),
    ]);

    const totals = emptyTally(baseline);
    const byDepartment = new Map<string, ComplianceTally>();
    const byLan = new Map<string, ComplianceTally>();
    const tallyOf = (map: Map<string, ComplianceTally>, key: string) => {
      let tally = map.get(key);
      if (!tally) map.set(key, (tally = emptyTally(baseline)));
      return tally;
    };
    for (const d of departments)
      if (!departmentId || d.id === departmentId) tallyOf(byDepartment, d.id);
    for (const l of lans)
      if (!departmentId || l.departmentId === departmentId) tallyOf(byLan, l.id);
    for (const device of devices) {
      const compliance = assessCompliance(
        {
          patches: device.patches,
          avProduct: device.av_product,
          avSignatureDate: device.av_signature_date,
          health: device.health,
        },
        baseline,
      );
      addToTally(totals, compliance);
      addToTally(tallyOf(byDepartment, device.department_id), compliance);
      addToTally(tallyOf(byLan, device.lan_id), compliance);
    }

    return {
      baseline,
      totals,
      departments: departments
        .filter((d) => byDepartment.has(d.id))
        .map((d) => ({
          departmentId: d.id,
          code: d.code,
          name: d.name,
          ...tallyOf(byDepartment, d.id),
        })),
      lans: lans
        .filter((l) => byLan.has(l.id))
        .map((l) => ({
          lanId: l.id,
          code: l.code,
          departmentId: l.departmentId,
          siteId: l.siteId,
          ...tallyOf(byLan, l.id),
        })),
    };
  }
}
