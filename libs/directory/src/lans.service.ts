import { Injectable } from '@nestjs/common';
import type { LanView, Page } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import { conflict, normaliseCode, notFound, parseCidr, readableDepartment } from '@cordon/domain';
import { Spine, ValidationProblem } from '@cordon/platform';
import { translateConstraint } from './db-errors';
import { CreateLanDto, LanQueryDto } from './dto/lan.dto';
import { OrgChartRepository } from './org-chart.repository';
import { toLanView } from './views';

@Injectable()
export class LansService {
  constructor(
    private readonly orgChart: OrgChartRepository,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateLanDto, user: AuthUser): Promise<LanView> {
    const code = normaliseCode(dto.code) ?? dto.code;
    let cidr: string | null = null;
    if (dto.cidr) {
      const parsed = parseCidr(dto.cidr);
      if (!parsed.ok) throw new ValidationProblem([{ field: 'cidr', message: parsed.reason }]);
      cidr = parsed.cidr.text;
    }
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const row = await this.orgChart.insertLan(tx.manager, {
          code,
          name: dto.name,
          siteId: dto.siteId,
          departmentId: dto.departmentId,
          cidr,
        });
        const lan = toLanView(row);
        tx.append(DIRECTORY_STREAM, 'lan.created', { lan });
        return lan;
      });
    } catch (err) {
      translateConstraint(err, {
        uq_lans_code: () => conflict(`A LAN with code ${code} exists already`, { field: 'code' }),
        fk_lans_site: () => new ValidationProblem([{ field: 'siteId', message: 'no such site' }]),
        fk_lans_department: () =>
          new ValidationProblem([{ field: 'departmentId', message: 'no such department' }]),
      });
    }
  }

  /** ITU members see their own department's LANs; command, owner and admin see all. */
  async list(query: LanQueryDto, user: AuthUser): Promise<Page<LanView>> {
    const departmentId = readableDepartment(user, query.departmentId);
    return this.orgChart.lans({ departmentId, siteId: query.siteId }, query, toLanView);
  }

  async get(id: string, user: AuthUser): Promise<LanView> {
    const row = await this.orgChart.lanById(id);
    if (!row) throw notFound('LAN', id);
    readableDepartment(user, row.departmentId);
    return toLanView(row);
  }
}
