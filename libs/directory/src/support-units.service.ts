import { Injectable } from '@nestjs/common';
import type { Page, SupportUnitView } from '@cordon/contracts';
import { actorOf, AuthUser, DIRECTORY_STREAM } from '@cordon/auth';
import { conflict, normaliseCode, readableDepartment } from '@cordon/domain';
import { Spine, ValidationProblem } from '@cordon/platform';
import { translateConstraint } from './db-errors';
import { CreateSupportUnitDto, SupportUnitQueryDto } from './dto/support-unit.dto';
import { OrgChartRepository } from './org-chart.repository';
import { toSupportUnitView } from './views';

@Injectable()
export class SupportUnitsService {
  constructor(
    private readonly orgChart: OrgChartRepository,
    private readonly spine: Spine,
  ) {}

  async create(dto: CreateSupportUnitDto, user: AuthUser): Promise<SupportUnitView> {
    const code = normaliseCode(dto.code) ?? dto.code;
    try {
      return await this.spine.run(actorOf(user), async (tx) => {
        const row = await this.orgChart.insertSupportUnit(tx.manager, {
          code,
          name: dto.name,
          kind: dto.kind,
          departmentId: dto.departmentId,
          section: dto.section || null,
          email: dto.email?.toLowerCase() ?? null,
        });
        const unit = toSupportUnitView(row);
        tx.append(DIRECTORY_STREAM, 'support_unit.created', { unit });
        return unit;
      });
    } catch (err) {
      translateConstraint(err, {
        uq_support_units_code: () =>
          conflict(`A support unit with code ${code} exists already`, { field: 'code' }),
        uq_support_units_one_itu: () =>
          conflict('That department has its IT unit already', { field: 'kind' }),
        fk_support_units_department: () =>
          new ValidationProblem([{ field: 'departmentId', message: 'no such department' }]),
      });
    }
  }

  /** Units are how departments are reached: anyone who may read the directory sees them all. */
  async list(query: SupportUnitQueryDto, user: AuthUser): Promise<Page<SupportUnitView>> {
    readableDepartment(user);
    return this.orgChart.supportUnits(
      { departmentId: query.departmentId },
      query,
      toSupportUnitView,
    );
  }
}
