import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@cordon/auth';
import { DirectoryModule } from '@cordon/directory';
import { InventoryModule } from '@cordon/inventory';
import { TASK_ENTITIES } from './entities/task.entity';
import { IncidentTasks } from './incident-tasks.service';
import { TaskAssignmentService } from './task-assignment.service';
import { TaskClaimsService } from './task-claims.service';
import { TaskCompletionService } from './task-completion.service';
import { TaskIncidents } from './task-incidents.port';
import { TaskQueriesService } from './task-queries.service';
import { TaskQueryRepository } from './task-query.repository';
import { TaskRepository } from './task.repository';
import { TasksController } from './tasks.controller';

/**
 * Tasks: queues per department, exclusive claims, completion with evidence. The
 * incidents feature registers it with its `TaskIncidents` (owner and status of an
 * incident), so this module never imports incidents.
 */
@Module({})
export class TasksModule {
  private static readonly registered = new Map<Type<TaskIncidents>, DynamicModule>();

  /**
   * The module for `options.incidents`; the same object on every call, so the incidents
   * feature and the app module that lists it import one module (Nest tells dynamic
   * modules apart by reference).
   */
  static register(options: { incidents: Type<TaskIncidents> }): DynamicModule {
    const known = TasksModule.registered.get(options.incidents);
    if (known) return known;
    const registered: DynamicModule = {
      module: TasksModule,
      imports: [
        TypeOrmModule.forFeature(TASK_ENTITIES),
        AuthModule,
        DirectoryModule,
        InventoryModule,
      ],
      controllers: [TasksController],
      providers: [
        { provide: TaskIncidents, useClass: options.incidents },
        TaskRepository,
        TaskQueryRepository,
        TaskQueriesService,
        TaskClaimsService,
        TaskCompletionService,
        TaskAssignmentService,
        IncidentTasks,
      ],
      exports: [IncidentTasks, TaskQueriesService],
    };
    TasksModule.registered.set(options.incidents, registered);
    return registered;
  }
}
