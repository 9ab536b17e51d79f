export * from './tasks.module';
export * from './task-incidents.port';
export * from './incident-tasks.service';
export * from './task-queries.service';
export { TASK_ENTITIES } from './entities/task.entity';
export * from './task-events';
export * from './task-claims.service';
export * from './task-completion.service';
