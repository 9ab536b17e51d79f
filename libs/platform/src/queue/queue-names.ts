/** Every BullMQ queue and job Cordon uses is in the job map of `libs/contracts` (jobs.ts). */
export { JOBS, QUEUES } from '@cordon/contracts';
export type { DataOf, JobName, QueueName } from '@cordon/contracts';
