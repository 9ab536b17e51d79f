import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DirectiveDepartmentEntity, DirectiveEntity } from './entities';

/** A directive as other features show it in what they send (crisis communications). */
export interface DirectiveSummary {
  id: string;
  incidentId: string;
  text: string;
  dueAt: Date;
  departmentIds: string[];
}

/** The incident feature's read side of directives for other features. */
@Injectable()
export class DirectiveSummaries {
  constructor(private readonly dataSource: DataSource) {}

  async get(
    directiveId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<DirectiveSummary | null> {
    const directive = await manager.getRepository(DirectiveEntity).findOneBy({ id: directiveId });
    if (!directive) return null;
    const departments = await manager
      .getRepository(DirectiveDepartmentEntity)
      .findBy({ directiveId });
    return {
      id: directive.id,
      incidentId: directive.incidentId,
      text: directive.text,
      dueAt: directive.dueAt,
      departmentIds: departments.map((d) => d.departmentId).sort(),
    };
  }
}
