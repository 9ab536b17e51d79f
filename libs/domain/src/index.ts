export * from './errors/domain-error';
export * from './auth/department-scope';
export * from './auth/lockout';
