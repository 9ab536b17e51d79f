export * from './reports.module';
export * from './incident-reports.service';
export * from './incident-metrics.service';
export * from './printable-plan.module';
export * from './printable-plans.service';
export * from './plan-attachments.module';
export * from './plan-attachments';
