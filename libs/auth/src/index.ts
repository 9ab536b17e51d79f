export * from './auth-user';
export * from './auth.guard';
export * from './auth.module';
export * from './decorators';
export * from './entities/user.entity';
export * from './password';
export * from './token.service';
export * from './users.service';
