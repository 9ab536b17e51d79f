import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, APP_CONFIG, SYSTEM_ACTOR, Spine } from '@cordon/platform';
import { DIRECTORY_STREAM } from './users.service';
import { hashPassword } from './password';

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const passwordHash = await hashPassword(admin.password);
    const created = await this.spine.run(SYSTEM_ACTOR, async (tx) => {
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('cordon.admin-bootstrap'))`);
      const rows: { id: string }[] = await tx.manager.query(
        `INSERT INTO users (email, name, password_hash, roles)
         SELECT $1, 'Administrator', $2, ARRAY['admin']::text[]
         WHERE NOT EXISTS (SELECT 1 FROM users) RETURNING id`,
        [admin.email, passwordHash],
      );
      if (rows.length === 0) return false;
      tx.append(DIRECTORY_STREAM, 'user.created', {
        user: {
          id: rows[0].id,
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
