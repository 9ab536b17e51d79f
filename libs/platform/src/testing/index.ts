export * from './test-config';
export * from './test-database';
export * from './throwaway-redis';
export * from './smtp-sink';
export * from './twilio-double';
export * from './twilio-double-api';
export * from './http-test-app';
export * from './throwaway-postgres';
