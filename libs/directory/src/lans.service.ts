import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LanView, Page } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import { conflict, normaliseCode, notFound, parseCidr, readableDepartment } from '@cordon/domain';
import { Spine, ValidationProblem } from '@cordon/platform';
import { translateConstraint } from './db-errors';
import { CreateLanDto, LanQueryDto } from './dto/lan.dto';
import { LanEntity } from './entities/lan.entity';
import { pageByCode } from './paging';
import { toLanView } from './views';

@Injectable()
export class LansService {
  constructor(
    private readonly dataSource: DataSource,
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
        const row = await tx.manager.getRepository(LanEntity).save({
          code,
          name: dto.name,
          siteId: dto.siteId,
          departmentId: dto.departmentId,
          cidr,
        });
        const lan = toLanView(row);
        await tx.append(DIRECTORY_STREAM, 'lan.created', { lan });
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
    const qb = this.dataSource.getRepository(LanEntity).createQueryBuilder('l');
    if (departmentId) qb.andWhere('l.departmentId = :d', { d: departmentId });
    if (query.siteId) qb.andWhere('l.siteId = :s', { s: query.siteId });
    return pageByCode(qb, query, toLanView);
  }

  async get(id: string, user: AuthUser): Promise<LanView> {
    const row = await this.dataSource.getRepository(LanEntity).findOneBy({ id });
    if (!row) throw notFound('LAN', id);
    readableDepartment(user, row.departmentId);
    return toLanView(row);
  }
}
