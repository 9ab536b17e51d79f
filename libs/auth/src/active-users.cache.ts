import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, PgListener } from '@cordon/platform';
import { AuthUser, toAuthUser } from './auth-user';
import { UsersRepository } from './users.repository';

/** Where PostgreSQL announces a changed login (the `users_changed` trigger). */
export const USERS_CHANNEL = 'cordon_users';

/** How long a kept user serves at most, whatever the notices say. */
export const KEPT_USER_MS = 60_000;
const MAX_KEPT = 10_000;

/**
 * The active users that tokens name, kept in this process so that a request does not
 * read its user's row each time. Every committed change to `users` (an update or a
 * delete, whoever makes it) NOTIFYs its id, and the user is dropped here; while this
 * process cannot hear the notices (its listening connection is down, or not yet up)
 * nothing is kept and every request reads the row. A read that started before a notice
 * arrived is not kept (it may hold the row as it was), so a disabled user is refused as
 * soon as the notice of the commit reaches the process.
 */
@Injectable()
export class ActiveUsersCache implements BeforeApplicationShutdown {
  private readonly kept = new Map<string, { user: AuthUser; at: number }>();
  /** Moves on every notice and every loss of the connection. */
  private epoch = 0;
  private listening = false;
  private listener: PgListener | null = null;

  constructor(
    private readonly users: UsersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The active user with this id, or null (unknown or disabled: never kept). */
  async activeById(id: string): Promise<AuthUser | null> {
    this.listen();
    const kept = this.kept.get(id);
    if (kept && this.listening && Date.now() - kept.at < KEPT_USER_MS) return kept.user;
    const epoch = this.epoch;
    const row = await this.users.activeById(id);
    const user = row ? toAuthUser(row) : null;
    if (user && this.listening && epoch === this.epoch) this.keep(id, user);
    else if (!user) this.kept.delete(id);
    return user;
  }

  /** How many users are kept now (for tests). */
  get size(): number {
    return this.kept.size;
  }

  private keep(id: string, user: AuthUser): void {
    this.kept.delete(id);
    if (this.kept.size >= MAX_KEPT) {
      const oldest = this.kept.keys().next();
      if (!oldest.done) this.kept.delete(oldest.value);
    }
    this.kept.set(id, { user, at: Date.now() });
  }

  private listen(): void {
    if (this.listener) return;
    this.listener = new PgListener(
      this.config.databaseUrl,
      [USERS_CHANNEL],
      (_channel, id) => {
        this.epoch++;
        this.kept.delete(id);
      },
      () => this.forgetAll(true),
      () => this.forgetAll(false),
    );
    void this.listener.start();
  }

  private forgetAll(listening: boolean): void {
    this.epoch++;
    this.kept.clear();
    this.listening = listening;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.forgetAll(false);
    await this.listener?.stop();
  }
}
