import { MigrationInterface, QueryRunner } from 'typeorm';

export class PatchCampaigns1796308336492 implements MigrationInterface {
  name = 'PatchCampaigns1796308336492';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "advisories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "identifier" text NOT NULL, "title" text NOT NULL, "severity" text NOT NULL, "affected_builds" text array NOT NULL, "patch" text NOT NULL, "summary" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_advisories_severity" CHECK (severity IN ('critical', 'important', 'moderate', 'low')), CONSTRAINT "PK_d7296456a2d94b0ec905412c5b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_advisories_identifier" ON "advisories" ("identifier") `);
    await queryRunner.query(`CREATE TABLE "patch_campaign_stages" ("campaign_id" uuid NOT NULL, "department_id" uuid NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "started_by_id" uuid NOT NULL, "started_by_name" text NOT NULL, CONSTRAINT "PK_9d32014402b029b1c4e38e8ba78" PRIMARY KEY ("campaign_id", "department_id"))`);
    await queryRunner.query(`CREATE TABLE "patch_campaign_test_devices" ("campaign_id" uuid NOT NULL, "device_id" uuid NOT NULL, "result" text, "note" text, "recorded_by_id" uuid, "recorded_by_name" text, "recorded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_patch_campaign_test_devices_result" CHECK (result IS NULL OR result IN ('passed', 'failed')), CONSTRAINT "PK_56c1ca068517c833f10ef8e2da5" PRIMARY KEY ("campaign_id", "device_id"))`);
    await queryRunner.query(`CREATE TABLE "patch_campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "advisory_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'testing', "created_by_id" uuid NOT NULL, "created_by_name" text NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by_id" uuid, "approved_by_name" text, "override_reason" text, "overridden" jsonb NOT NULL DEFAULT '[]', "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_patch_campaigns_approval" CHECK ((status = 'testing') = (approved_at IS NULL)), CONSTRAINT "ck_patch_campaigns_status" CHECK (status IN ('testing', 'approved', 'rolling_out', 'completed')), CONSTRAINT "PK_940b4e1feda0a157cd66a9bb652" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_patch_campaigns_created" ON "patch_campaigns" ("created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_patch_campaigns_open_advisory" ON "patch_campaigns" ("advisory_id") WHERE status <> 'completed'`);
    await queryRunner.query(`CREATE TABLE "patch_rollout_devices" ("campaign_id" uuid NOT NULL, "device_id" uuid NOT NULL, "department_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "claimed_by_id" uuid, "claimed_by_name" text, "claimed_at" TIMESTAMP WITH TIME ZONE, "completed_by_id" uuid, "completed_by_name" text, "completed_at" TIMESTAMP WITH TIME ZONE, "note" text, "incident_id" uuid, "incident_reference" text, CONSTRAINT "ck_patch_rollout_devices_claim" CHECK ((status = 'claimed') = (claimed_by_id IS NOT NULL) OR status IN ('patched', 'failed')), CONSTRAINT "ck_patch_rollout_devices_status" CHECK (status IN ('pending', 'claimed', 'patched', 'failed')), CONSTRAINT "PK_7400d9c81ab2915575f7da9ab38" PRIMARY KEY ("campaign_id", "device_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_patch_rollout_devices_department" ON "patch_rollout_devices" ("campaign_id", "department_id", "status") `);
    await queryRunner.query(`ALTER TABLE "patch_campaign_stages" ADD CONSTRAINT "fk_patch_campaign_stages_campaign" FOREIGN KEY ("campaign_id") REFERENCES "patch_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_campaign_stages" ADD CONSTRAINT "fk_patch_campaign_stages_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_campaign_test_devices" ADD CONSTRAINT "fk_patch_campaign_test_devices_campaign" FOREIGN KEY ("campaign_id") REFERENCES "patch_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_campaign_test_devices" ADD CONSTRAINT "fk_patch_campaign_test_devices_device" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_campaigns" ADD CONSTRAINT "fk_patch_campaigns_advisory" FOREIGN KEY ("advisory_id") REFERENCES "advisories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_campaigns" ADD CONSTRAINT "fk_patch_campaigns_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" ADD CONSTRAINT "fk_patch_rollout_devices_campaign" FOREIGN KEY ("campaign_id") REFERENCES "patch_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" ADD CONSTRAINT "fk_patch_rollout_devices_device" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" ADD CONSTRAINT "fk_patch_rollout_devices_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" ADD CONSTRAINT "fk_patch_rollout_devices_incident" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" DROP CONSTRAINT "fk_patch_rollout_devices_incident"`);
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" DROP CONSTRAINT "fk_patch_rollout_devices_department"`);
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" DROP CONSTRAINT "fk_patch_rollout_devices_device"`);
    await queryRunner.query(`ALTER TABLE "patch_rollout_devices" DROP CONSTRAINT "fk_patch_rollout_devices_campaign"`);
    await queryRunner.query(`ALTER TABLE "patch_campaigns" DROP CONSTRAINT "fk_patch_campaigns_created_by"`);
    await queryRunner.query(`ALTER TABLE "patch_campaigns" DROP CONSTRAINT "fk_patch_campaigns_advisory"`);
    await queryRunner.query(`ALTER TABLE "patch_campaign_test_devices" DROP CONSTRAINT "fk_patch_campaign_test_devices_device"`);
    await queryRunner.query(`ALTER TABLE "patch_campaign_test_devices" DROP CONSTRAINT "fk_patch_campaign_test_devices_campaign"`);
    await queryRunner.query(`ALTER TABLE "patch_campaign_stages" DROP CONSTRAINT "fk_patch_campaign_stages_department"`);
    await queryRunner.query(`ALTER TABLE "patch_campaign_stages" DROP CONSTRAINT "fk_patch_campaign_stages_campaign"`);
    await queryRunner.query(`DROP INDEX "public"."ix_patch_rollout_devices_department"`);
    await queryRunner.query(`DROP TABLE "patch_rollout_devices"`);
    await queryRunner.query(`DROP INDEX "public"."uq_patch_campaigns_open_advisory"`);
    await queryRunner.query(`DROP INDEX "public"."ix_patch_campaigns_created"`);
    await queryRunner.query(`DROP TABLE "patch_campaigns"`);
    await queryRunner.query(`DROP TABLE "patch_campaign_test_devices"`);
    await queryRunner.query(`DROP TABLE "patch_campaign_stages"`);
    await queryRunner.query(`DROP INDEX "public"."uq_advisories_identifier"`);
    await queryRunner.query(`DROP TABLE "advisories"`);
  }
}
