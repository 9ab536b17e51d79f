export * from './test-config';
export * from './test-database';
export * from './throwaway-redis';
