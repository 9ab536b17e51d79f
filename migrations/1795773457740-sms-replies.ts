import { MigrationInterface, QueryRunner } from 'typeorm';

export class SmsReplies1795773457740 implements MigrationInterface {
  name = 'SmsReplies1795773457740';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sms_replies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_sid" text NOT NULL, "from_number" text NOT NULL, "body" text NOT NULL, "meaning" text NOT NULL, "consent_change" text, "delivery_id" uuid, "broadcast_id" uuid, "incident_id" uuid, "recipient_id" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_sms_replies_consent" CHECK (consent_change IN ('withdraw', 'restore')), CONSTRAINT "ck_sms_replies_meaning" CHECK (meaning IN ('acknowledge', 'opt_out', 'opt_in', 'other')), CONSTRAINT "PK_2df02d500d3a7158499ff3674a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_sms_replies_message_sid" ON "sms_replies" ("message_sid") `);
    await queryRunner.query(`CREATE INDEX "ix_sms_replies_from_received" ON "sms_replies" ("from_number", "received_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_sms_replies_from_received"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sms_replies_message_sid"`);
    await queryRunner.query(`DROP TABLE "sms_replies"`);
  }
}
