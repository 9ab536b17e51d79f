import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a login (an update or a delete, from the api, SSO, the directory sync or
 * by hand) NOTIFYs `cordon_users` with its id on commit: each api process drops the user
 * it keeps for authentication (libs/auth/src/active-users.cache.ts).
 */
export class UserChangeNotices1796330000000 implements MigrationInterface {
  name = 'UserChangeNotices1796330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "cordon_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cordon_users', OLD.id::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "users_changed" AFTER UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "cordon_user_changed"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "users_changed" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "cordon_user_changed"()`);
  }
}
