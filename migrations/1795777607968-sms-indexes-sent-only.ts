import { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: TypeORM does not compare the WHERE of partial indexes, so the
// generator sees no change when only the predicate moves.
export class SmsIndexesSentOnly1795777607968 implements MigrationInterface {
  name = 'SmsIndexesSentOnly1795777607968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_sms_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_sms_address"`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_sms_address" ON "deliveries" ("address", "sent_at") WHERE channel = 'sms' AND sent_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_sms_provider" ON "deliveries" ("provider_id") WHERE channel = 'sms' AND provider_id IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_sms_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deliveries_sms_address"`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_sms_address" ON "deliveries" ("address", "sent_at") WHERE channel = 'sms'`);
    await queryRunner.query(`CREATE INDEX "ix_deliveries_sms_provider" ON "deliveries" ("provider_id") WHERE channel = 'sms'`);
  }
}
