import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, PlatformModule } from '@cordon/platform';
import { AuthModule } from '../auth.module';
import { DepartmentEntity } from './department.entity';

/**
 * The auth module alone, started on a test database: users name their department by
 * entity, so its table is registered beside it.
 */
export async function startAuthContext(config: AppConfig): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      PlatformModule.forRoot(config),
      TypeOrmModule.forFeature([DepartmentEntity]),
      AuthModule,
    ],
  }).compile();
  return moduleRef.init();
}
