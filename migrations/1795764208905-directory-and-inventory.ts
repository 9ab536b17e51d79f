import { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryAndInventory1795764208905 implements MigrationInterface {
  name = 'DirectoryAndInventory1795764208905';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_departments_code" ON "departments" ("code") `);
    await queryRunner.query(`CREATE TABLE "sites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f5eccb1dfde10c9170502595a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_sites_code" ON "sites" ("code") `);
    await queryRunner.query(`CREATE TABLE "support_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "department_id" uuid NOT NULL, "section" text, "email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4da663124ba091711b4fa489064" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_support_units_code" ON "support_units" ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_support_units_department" ON "support_units" ("department_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_support_units_one_itu" ON "support_units" ("department_id") WHERE kind = 'itu'`);
    await queryRunner.query(`CREATE TABLE "lans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "site_id" uuid NOT NULL, "department_id" uuid NOT NULL, "cidr" cidr, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bbe6f9d75b75de3b482c0dc339f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_lans_code" ON "lans" ("code") `);
    await queryRunner.query(`CREATE INDEX "ix_lans_site" ON "lans" ("site_id") `);
    await queryRunner.query(`CREATE INDEX "ix_lans_department" ON "lans" ("department_id") `);
    await queryRunner.query(`CREATE TABLE "staff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "email" text NOT NULL, "mobile" text, "department_id" uuid NOT NULL, "site_id" uuid, "lan_id" uuid, "sms_consent" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4ee98bb552756c180aec1e854a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_email" ON "staff" ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_site" ON "staff" ("site_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_lan" ON "staff" ("lan_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_department_name_id" ON "staff" ("department_id", "name", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_name_id" ON "staff" ("name", "id") `);
    await queryRunner.query(`CREATE TABLE "baselines" ("id" integer NOT NULL, "required_patches" text array NOT NULL, "min_av_signature_date" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "updated_by" text, CONSTRAINT "ck_baselines_single_row" CHECK (id = 1), CONSTRAINT "PK_6177fb1b69ff49ab766da9e3c7f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "devices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hostname" text NOT NULL, "ip" inet, "mac" text, "lan_id" uuid NOT NULL, "department_id" uuid NOT NULL, "os" text, "patches" text array NOT NULL DEFAULT '{}', "av_product" text, "av_signature_date" date, "health" text NOT NULL DEFAULT 'unknown', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_devices_health" CHECK (health IN ('unknown', 'vulnerable', 'infected', 'isolated', 'clean')), CONSTRAINT "PK_b1514758245c12daf43486dd1f0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_devices_hostname" ON "devices" ("hostname") `);
    await queryRunner.query(`CREATE INDEX "ix_devices_department_hostname" ON "devices" ("department_id", "hostname") `);
    await queryRunner.query(`CREATE INDEX "ix_devices_lan_hostname" ON "devices" ("lan_id", "hostname") `);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_users_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "support_units" ADD CONSTRAINT "fk_support_units_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lans" ADD CONSTRAINT "fk_lans_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "lans" ADD CONSTRAINT "fk_lans_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff" ADD CONSTRAINT "fk_staff_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff" ADD CONSTRAINT "fk_staff_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff" ADD CONSTRAINT "fk_staff_lan" FOREIGN KEY ("lan_id") REFERENCES "lans"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "devices" ADD CONSTRAINT "fk_devices_lan" FOREIGN KEY ("lan_id") REFERENCES "lans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "devices" ADD CONSTRAINT "fk_devices_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "devices" DROP CONSTRAINT "fk_devices_department"`);
    await queryRunner.query(`ALTER TABLE "devices" DROP CONSTRAINT "fk_devices_lan"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP CONSTRAINT "fk_staff_lan"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP CONSTRAINT "fk_staff_site"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP CONSTRAINT "fk_staff_department"`);
    await queryRunner.query(`ALTER TABLE "lans" DROP CONSTRAINT "fk_lans_department"`);
    await queryRunner.query(`ALTER TABLE "lans" DROP CONSTRAINT "fk_lans_site"`);
    await queryRunner.query(`ALTER TABLE "support_units" DROP CONSTRAINT "fk_support_units_department"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_department"`);
    await queryRunner.query(`DROP INDEX "public"."ix_devices_lan_hostname"`);
    await queryRunner.query(`DROP INDEX "public"."ix_devices_department_hostname"`);
    await queryRunner.query(`DROP INDEX "public"."uq_devices_hostname"`);
    await queryRunner.query(`DROP TABLE "devices"`);
    await queryRunner.query(`DROP TABLE "baselines"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_name_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_department_name_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_lan"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_site"`);
    await queryRunner.query(`DROP INDEX "public"."uq_staff_email"`);
    await queryRunner.query(`DROP TABLE "staff"`);
    await queryRunner.query(`DROP INDEX "public"."ix_lans_department"`);
    await queryRunner.query(`DROP INDEX "public"."ix_lans_site"`);
    await queryRunner.query(`DROP INDEX "public"."uq_lans_code"`);
    await queryRunner.query(`DROP TABLE "lans"`);
    await queryRunner.query(`DROP INDEX "public"."uq_support_units_one_itu"`);
    await queryRunner.query(`DROP INDEX "public"."ix_support_units_department"`);
    await queryRunner.query(`DROP INDEX "public"."uq_support_units_code"`);
    await queryRunner.query(`DROP TABLE "support_units"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sites_code"`);
    await queryRunner.query(`DROP TABLE "sites"`);
    await queryRunner.query(`DROP INDEX "public"."uq_departments_code"`);
    await queryRunner.query(`DROP TABLE "departments"`);
  }
}
