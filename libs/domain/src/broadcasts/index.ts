export * from './broadcast-request';
export * from './cadence';
export * from './channels';
export * from './delivery-status';
export * from './escalation';
export * from './progress';
export * from './reply';
export * from './template';
