import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditHashChain1796304855935 implements MigrationInterface {
  name = 'AuditHashChain1796304855935';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_streams" ADD "last_hash" text`);
    await queryRunner.query(`ALTER TABLE "events" ADD "prev_hash" text`);
    await queryRunner.query(`ALTER TABLE "events" ADD "hash" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "prev_hash"`);
    await queryRunner.query(`ALTER TABLE "event_streams" DROP COLUMN "last_hash"`);
  }
}
