export * from './comms.module';
export * from './comms-worker.module';
export * from './comms-queues';
export * from './comms-incidents.port';
export * from './notices.service';
export * from './jobs/scan.processor';
export * from './jobs/email-send.processor';
export * from './jobs/notify.processor';
export { COMMS_ENTITIES } from './entities';
