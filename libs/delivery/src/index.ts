export * from './delivery.module';
export * from './delivery-jobs.module';
export * from './jobs/email-send.processor';
export * from './jobs/email-attachments';
export * from './jobs/lost-deliveries.processor';
export { DELIVERY_ENTITIES } from './entities';
