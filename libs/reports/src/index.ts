export * from './reports.module';
export * from './incident-reports.service';
export * from './incident-metrics.service';
