import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DirectiveRepository } from './directive.repository';

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
  constructor(private readonly directives: DirectiveRepository) {}

  async get(directiveId: string, manager?: EntityManager): Promise<DirectiveSummary | null> {
    const directive = await this.directives.get(directiveId, manager);
    if (!directive) return null;
    const departments = await this.directives.recipients([directiveId], manager);
    return {
      id: directive.id,
      incidentId: directive.incidentId,
      text: directive.text,
      dueAt: directive.dueAt,
      departmentIds: departments.map((d) => d.departmentId).sort(),
    };
  }
}
