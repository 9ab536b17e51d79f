import { Injectable } from '@nestjs/common';
import type { Page, SiteView } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import { conflict, normaliseCode, readableDepartment } from '@cordon/domain';
import { PageQueryDto, Spine } from '@cordon/platform';
import { translateConstraint } from './db-errors';
import { CreateSiteDto } from './dto/site.dto';
import { OrgChartRepository } from './org-chart.repository';
import { toSiteView } from './views';

@Injectable()
export class SitesService {
  constructor(
    private readonly orgChart: OrgChartRepository,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateSiteDto, user: AuthUser): Promise<SiteView> {
    const code = normaliseCode(dto.code) ?? dto.code;
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const row = await this.orgChart.insertSite(tx.manager, {
          code,
          name: dto.name,
          address: dto.address || null,
        });
        const site = toSiteView(row);
        tx.append(DIRECTORY_STREAM, 'site.created', { site });
        return site;
      });
    } catch (err) {
      translateConstraint(err, {
        uq_sites_code: () => conflict(`A site with code ${code} exists already`, { field: 'code' }),
      });
    }
  }

  async list(query: PageQueryDto, user: AuthUser): Promise<Page<SiteView>> {
    readableDepartment(user);
    return this.orgChart.sites(query, toSiteView);
  }
}
