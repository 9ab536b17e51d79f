import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '@cordon/auth';
import { DIRECTORY_ENTITIES } from '@cordon/directory';
import { INVENTORY_ENTITIES } from '@cordon/inventory';
import { TASK_ENTITIES } from '@cordon/tasks';
import { DirectiveEscalationService } from '../directive-escalation.service';
import { INCIDENT_ENTITIES } from '../entities';
import { DirectiveEscalationProcessor } from './directive-escalation.processor';

/**
 * The incident feature's jobs, for the worker (no HTTP, no controllers). The entities
 * its foreign keys name are registered so the worker's metadata is complete.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ...INCIDENT_ENTITIES,
      ...TASK_ENTITIES,
      UserEntity,
      ...DIRECTORY_ENTITIES,
      ...INVENTORY_ENTITIES,
    ]),
  ],
  providers: [DirectiveEscalationService, DirectiveEscalationProcessor],
  exports: [DirectiveEscalationService],
})
export class IncidentJobsModule {}
