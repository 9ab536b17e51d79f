import { MigrationInterface, QueryRunner } from 'typeorm';

export class PostIncidentReviews1796308202083 implements MigrationInterface {
  name = 'PostIncidentReviews1796308202083';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "incident_id" uuid NOT NULL, "title" text NOT NULL, "owner_id" uuid NOT NULL, "owner_name" text NOT NULL, "due_on" date NOT NULL, "state" text NOT NULL DEFAULT 'open', "done_by_id" uuid, "done_by_name" text, "done_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_by_name" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_reminded_on" date, CONSTRAINT "ck_review_actions_state" CHECK (state IN ('open', 'done')), CONSTRAINT "PK_80e80b60c4ae5851b6933567b67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_actions_open_due" ON "review_actions" ("due_on") WHERE state = 'open'`);
    await queryRunner.query(`CREATE INDEX "ix_review_actions_owner" ON "review_actions" ("owner_id", "state", "due_on") `);
    await queryRunner.query(`CREATE INDEX "ix_review_actions_review" ON "review_actions" ("review_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'open', "went_well" text NOT NULL DEFAULT '', "went_wrong" text NOT NULL DEFAULT '', "contributing_factors" text NOT NULL DEFAULT '', "opened_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP(3) WITH TIME ZONE, "completed_by_id" uuid, "completed_by_name" text, CONSTRAINT "ck_reviews_status" CHECK (status IN ('open', 'completed')), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_reviews_incident" ON "reviews" ("incident_id") `);
    await queryRunner.query(`CREATE INDEX "ix_reviews_status" ON "reviews" ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_reviews_opened" ON "reviews" ("opened_at", "id") `);
    await queryRunner.query(`ALTER TABLE "review_actions" ADD CONSTRAINT "fk_review_actions_review" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_actions" ADD CONSTRAINT "fk_review_actions_incident" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_actions" ADD CONSTRAINT "fk_review_actions_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_incident" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "fk_reviews_completed_by" FOREIGN KEY ("completed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_completed_by"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_incident"`);
    await queryRunner.query(`ALTER TABLE "review_actions" DROP CONSTRAINT "fk_review_actions_owner"`);
    await queryRunner.query(`ALTER TABLE "review_actions" DROP CONSTRAINT "fk_review_actions_incident"`);
    await queryRunner.query(`ALTER TABLE "review_actions" DROP CONSTRAINT "fk_review_actions_review"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reviews_opened"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reviews_status"`);
    await queryRunner.query(`DROP INDEX "public"."uq_reviews_incident"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_actions_review"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_actions_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_actions_open_due"`);
    await queryRunner.query(`DROP TABLE "review_actions"`);
  }
}
