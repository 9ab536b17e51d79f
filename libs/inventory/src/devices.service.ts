import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeviceView, Page } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import { notFound, readableDepartment } from '@cordon/domain';
import { decodeCursor, pageLimit, toPage } from '@cordon/platform';
import { BaselineService } from './baseline.service';
import { DeviceQueryDto } from './dto/device.dto';
import { DeviceEntity } from './entities/device.entity';
import { toDeviceView } from './views';

const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class DevicesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly baselines: BaselineService,
  ) {}

  /** Devices by host name, each with its compliance; ITU members see their department's only. */
  async list(query: DeviceQueryDto, user: AuthUser): Promise<Page<DeviceView>> {
    const departmentId = readableDepartment(user, query.departmentId);
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor, 1);
    const qb = this.dataSource.getRepository(DeviceEntity).createQueryBuilder('d');
    if (departmentId) qb.andWhere('d.departmentId = :dept', { dept: departmentId });
    if (query.lanId) qb.andWhere('d.lanId = :lan', { lan: query.lanId });
    if (query.health) qb.andWhere('d.health = :health', { health: query.health });
    if (query.q) qb.andWhere('d.hostname ILIKE :q', { q: likePattern(query.q.toLowerCase()) });
    if (after) qb.andWhere('d.hostname > :after', { after: String(after[0]) });
    const [rows, baseline] = await Promise.all([
      qb
        .orderBy('d.hostname', 'ASC')
        .limit(limit + 1)
        .getMany(),
      this.baselines.current(),
    ]);
    return toPage(
      rows,
      limit,
      (d) => [d.hostname],
      (d) => toDeviceView(d, baseline),
    );
  }

  async get(id: string, user: AuthUser): Promise<DeviceView> {
    const row = await this.dataSource.getRepository(DeviceEntity).findOneBy({ id });
    if (!row) throw notFound('Device', id);
    readableDepartment(user, row.departmentId);
    return toDeviceView(row, await this.baselines.current());
  }
}
