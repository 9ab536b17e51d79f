import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, APP_CONFIG, SYSTEM_ACTOR, Spine } from '@cordon/platform';
import { DIRECTORY_STREAM } from './users.service';
import { hashPassword } from './password';
import { UsersRepository } from './users.repository';

/**
 * On start, when no user exists, creates the admin named by ADMIN_EMAIL/ADMIN_PASSWORD.
 * An advisory lock makes several api processes starting together create it once.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly spine: Spine,
    private readonly users: UsersRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const passwordHash = await hashPassword(admin.password);
    const created = await this.spine.run(SYSTEM_ACTOR, async (tx) => {
      const id = await this.users.insertFirst(tx.manager, {
        email: admin.email,
        name: 'Administrator',
        passwordHash,
        roles: ['admin'],
        departmentId: null,
      });
      if (!id) return false;
      tx.append(DIRECTORY_STREAM, 'user.created', {
        user: {
          id,
          email: admin.email,
          name: 'Administrator',
          roles: ['admin'],
          departmentId: null,
        },
        bootstrap: true,
      });
      return true;
    });
    if (created) this.logger.log({ msg: 'created the bootstrap admin', email: admin.email });
  }
}
