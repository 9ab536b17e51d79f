import { Injectable } from '@nestjs/common';
import type { DepartmentView, Page } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import { conflict, normaliseCode, notFound, readableDepartment } from '@cordon/domain';
import { PageQueryDto, Spine } from '@cordon/platform';
import { translateConstraint } from './db-errors';
import { CreateDepartmentDto } from './dto/department.dto';
import { OrgChartRepository } from './org-chart.repository';
import { toDepartmentView } from './views';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly orgChart: OrgChartRepository,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateDepartmentDto, user: AuthUser): Promise<DepartmentView> {
    const code = normaliseCode(dto.code) ?? dto.code;
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const row = await this.orgChart.insertDepartment(tx.manager, { code, name: dto.name });
        const department = toDepartmentView(row);
        tx.append(DIRECTORY_STREAM, 'department.created', { department });
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
    return this.orgChart.departments(query, toDepartmentView);
  }

  async get(id: string, user: AuthUser): Promise<DepartmentView> {
    readableDepartment(user);
    const row = await this.orgChart.departmentById(id);
    if (!row) throw notFound('Department', id);
    return toDepartmentView(row);
  }
}
