export * from './test-config';
export * from './test-database';
export * from './throwaway-redis';
export * from './smtp-sink';
export * from './twilio-double';
export * from './twilio-double-api';
