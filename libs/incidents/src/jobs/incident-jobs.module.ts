import { Module } from '@nestjs/common';
import { QUEUES } from '@cordon/contracts';
import { QueueWorkersModule } from '@cordon/platform';
import { IncidentsModule } from '../incidents.module';
import { DirectiveEscalationProcessor } from './directive-escalation.processor';

/**
 * The incident feature's jobs, for the worker. The feature's module brings its services
 * and, through the modules it imports, every entity its rows name in foreign keys.
 */
@Module({
  imports: [...QueueWorkersModule.processing(QUEUES.incidentScans), IncidentsModule],
  providers: [DirectiveEscalationProcessor],
})
export class IncidentJobsModule {}
