import { MigrationInterface, QueryRunner } from 'typeorm';

export class Communications1795767047331 implements MigrationInterface {
  name = 'Communications1795767047331';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "broadcasts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "kind" text NOT NULL, "idempotency_key" text NOT NULL, "fingerprint" text NOT NULL, "audience" jsonb NOT NULL, "channels" text array NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "require_ack" boolean NOT NULL DEFAULT false, "escalate_after_minutes" integer, "context" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'queued', "created_by" jsonb NOT NULL, "recipient_count" integer NOT NULL DEFAULT '0', "delivery_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "progress_at" TIMESTAMP WITH TIME ZONE, "completions" integer NOT NULL DEFAULT '0', "completed_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "retries" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b0586900034d0726bbdcb1b21b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_broadcasts_open" ON "broadcasts" ("status") WHERE status <> 'completed'`);
    await queryRunner.query(`CREATE INDEX "ix_broadcasts_incident_created" ON "broadcasts" ("incident_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_broadcasts_incident_key" ON "broadcasts" ("incident_id", "idempotency_key") `);
    await queryRunner.query(`CREATE TABLE "broadcast_recipients" ("broadcast_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "recipient_kind" text NOT NULL DEFAULT 'staff', "name" text NOT NULL, "email" text, "mobile" text, "sms_consent" boolean NOT NULL DEFAULT false, "lan_code" text, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "ack_via" text, "ack_delivery_id" uuid, "ack_note" text, "ack_by" jsonb, CONSTRAINT "PK_3191abb3933f33fb44da4c410c5" PRIMARY KEY ("broadcast_id", "recipient_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_broadcast_recipients_silent" ON "broadcast_recipients" ("broadcast_id", "name") WHERE acknowledged_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "broadcast_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "channel" text NOT NULL, "round" smallint NOT NULL DEFAULT '0', "status" text NOT NULL, "address" text, "reason" text, "ack_token" text, "attempts" integer NOT NULL DEFAULT '0', "job_gen" integer NOT NULL DEFAULT '0', "lease_until" TIMESTAMP WITH TIME ZONE, "attempt_started_at" TIMESTAMP WITH TIME ZONE, "provider_id" text, "provider_status" text, "sent_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a6ef225c5c5f0974e503bfb731f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_deliveries_ack_token" ON "deliveries" ("ack_token") WHERE ack_token IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_pending" ON "deliveries" ("updated_at") WHERE status IN ('queued', 'sending')`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_sms_address" ON "deliveries" ("address", "sent_at") WHERE channel = 'sms'`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_sms_provider" ON "deliveries" ("provider_id") WHERE channel = 'sms'`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_broadcast_status" ON "deliveries" ("broadcast_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_deliveries_recipient_channel" ON "deliveries" ("broadcast_id", "recipient_id", "channel") `);
    await queryRunner.query(`CREATE TABLE "sms_status_callbacks" ("id" BIGSERIAL NOT NULL, "message_sid" text NOT NULL, "status" text NOT NULL, "error_code" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62bd87c347b9a16ab1b92ff0caf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_sms_status_callbacks_sid" ON "sms_status_callbacks" ("message_sid") `);
    await queryRunner.query(`ALTER TABLE "broadcasts" ADD CONSTRAINT "fk_broadcasts_incident" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "broadcast_recipients" ADD CONSTRAINT "fk_broadcast_recipients_broadcast" FOREIGN KEY ("broadcast_id") REFERENCES "broadcasts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deliveries" ADD CONSTRAINT "fk_deliveries_broadcast" FOREIGN KEY ("broadcast_id") REFERENCES "broadcasts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deliveries" DROP CONSTRAINT "fk_deliveries_broadcast"`);
    await queryRunner.query(`ALTER TABLE "broadcast_recipients" DROP CONSTRAINT "fk_broadcast_recipients_broadcast"`);
    await queryRunner.query(`ALTER TABLE "broadcasts" DROP CONSTRAINT "fk_broadcasts_incident"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sms_status_callbacks_sid"`);
    await queryRunner.query(`DROP TABLE "sms_status_callbacks"`);
    await queryRunner.query(`DROP INDEX "public"."uq_deliveries_recipient_channel"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_broadcast_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_sms_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_sms_address"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_pending"`);
    await queryRunner.query(`DROP INDEX "public"."uq_deliveries_ack_token"`);
    await queryRunner.query(`DROP TABLE "deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_broadcast_recipients_silent"`);
    await queryRunner.query(`DROP TABLE "broadcast_recipients"`);
    await queryRunner.query(`DROP INDEX "public"."uq_broadcasts_incident_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_broadcasts_incident_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_broadcasts_open"`);
    await queryRunner.query(`DROP TABLE "broadcasts"`);
  }
}
