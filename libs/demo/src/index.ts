export * from './council';
export * from './generate';
export * from './prng';
export * from './seed';
export * from './seed.module';
