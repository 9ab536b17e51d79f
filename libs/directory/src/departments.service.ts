import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DepartmentView, Page } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import { conflict, normaliseCode, notFound, readableDepartment } from '@cordon/domain';
import { PageQueryDto, Spine } from '@cordon/platform';
import { translateConstraint } from './db-errors';
import { CreateDepartmentDto } from './dto/department.dto';
import { DepartmentEntity } from './entities/department.entity';
import { pageByCode } from './paging';
import { toDepartmentView } from './views';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateDepartmentDto, user: AuthUser): Promise<DepartmentView> {
    const code = normaliseCode(dto.code) ?? dto.code;
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const row = await tx.manager.getRepository(DepartmentEntity).save({ code, name: dto.name });
        const department = toDepartmentView(row);
        await tx.append(DIRECTORY_STREAM, 'department.created', { department });
        return department;
      });
    } catch (err) {
      translateConstraint(err, {
        uq_departments_code: () =>
          conflict(`A department with code ${code} exists already`, { field: 'code' }),
      });
    }
  }

  /** Every department: the organisation chart is readable by anyone who may read the directory. */
  async list(query: PageQueryDto, user: AuthUser): Promise<Page<DepartmentView>> {
    readableDepartment(user);
    const qb = this.dataSource.getRepository(DepartmentEntity).createQueryBuilder('d');
    return pageByCode(qb, query, toDepartmentView);
  }

  async get(id: string, user: AuthUser): Promise<DepartmentView> {
    readableDepartment(user);
    const row = await this.dataSource.getRepository(DepartmentEntity).findOneBy({ id });
    if (!row) throw notFound('Department', id);
    return toDepartmentView(row);
  }
}
