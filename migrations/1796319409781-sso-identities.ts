import { MigrationInterface, QueryRunner } from 'typeorm';

export class SsoIdentities1796319409781 implements MigrationInterface {
  name = 'SsoIdentities1796319409781';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity_group_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_name" text NOT NULL, "role" text NOT NULL, "department_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_identity_group_mappings_group_role" UNIQUE ("group_name", "role"), CONSTRAINT "PK_823dc6ce8ecc5650ba1d1f2b49e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "user_identities" ("issuer" text NOT NULL, "subject" text NOT NULL, "user_id" uuid NOT NULL, "groups" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_sign_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_30e43d5623aba16f806fc50cb99" PRIMARY KEY ("issuer", "subject"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_identities_user" ON "user_identities" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "identity_group_mappings" ADD CONSTRAINT "fk_identity_group_mappings_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_identities" ADD CONSTRAINT "fk_user_identities_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_identities" DROP CONSTRAINT "fk_user_identities_user"`);
    await queryRunner.query(`ALTER TABLE "identity_group_mappings" DROP CONSTRAINT "fk_identity_group_mappings_department"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_identities_user"`);
    await queryRunner.query(`DROP TABLE "user_identities"`);
    await queryRunner.query(`DROP TABLE "identity_group_mappings"`);
  }
}
