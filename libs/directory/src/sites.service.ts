import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, SiteView } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import { conflict, normaliseCode, readableDepartment } from '@cordon/domain';
import { PageQueryDto, Spine } from '@cordon/platform';
import { translateConstraint } from './db-errors';
import { CreateSiteDto } from './dto/site.dto';
import { SiteEntity } from './entities/site.entity';
import { pageByCode } from './paging';
import { toSiteView } from './views';

@Injectable()
export class SitesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateSiteDto, user: AuthUser): Promise<SiteView> {
    const code = normaliseCode(dto.code) ?? dto.code;
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const row = await tx.manager
          .getRepository(SiteEntity)
          .save({ code, name: dto.name, address: dto.address || null });
        const site = toSiteView(row);
        await tx.append(DIRECTORY_STREAM, 'site.created', { site });
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
    const qb = this.dataSource.getRepository(SiteEntity).createQueryBuilder('s');
    return pageByCode(qb, query, toSiteView);
  }
}
