import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795763415726 implements MigrationInterface {
  name = 'Initial1795763415726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "event_streams" ("stream" text NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_1eecd97a2a2205fe17b6f1bb8a3" PRIMARY KEY ("stream"))`);
    await queryRunner.query(`CREATE TABLE "events" ("id" BIGSERIAL NOT NULL, "stream" text NOT NULL, "seq" integer NOT NULL, "incident_id" uuid, "type" text NOT NULL, "actor" jsonb NOT NULL, "data" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_events_incident_seq" ON "events" ("incident_id", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_events_stream_seq" ON "events" ("stream", "seq") `);
    await queryRunner.query(`CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "delay_ms" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_outbox_job_id" ON "outbox" ("job_id") `);
    await queryRunner.query(`CREATE INDEX "ix_outbox_pending" ON "outbox" ("id") WHERE relayed_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "department_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_pending"`);
    await queryRunner.query(`DROP INDEX "public"."uq_outbox_job_id"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP INDEX "public"."uq_events_stream_seq"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_incident_seq"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP TABLE "event_streams"`);
  }
}
