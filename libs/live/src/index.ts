export * from './incident-live.policy';
export * from './live-access.policy';
export * from './live-feed';
export * from './live.gateway';
export * from './live.module';
export * from './public-status.gateway';
export * from './status.service';
export { sendStatus } from './status-answer';
