export * from './auth';
export * from './errors';
export * from './events';
export * from './health';
export * from './pagination';
export * from './directory';
export * from './inventory';
export * from './live';
