import { MigrationInterface, QueryRunner } from 'typeorm';

export class BroadcastSmsBody1796287535780 implements MigrationInterface {
  name = 'BroadcastSmsBody1796287535780';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "broadcasts" ADD "sms_body" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "broadcasts" DROP COLUMN "sms_body"`);
  }
}
