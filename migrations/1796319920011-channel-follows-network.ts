import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChannelFollowsNetwork1796319920011 implements MigrationInterface {
  name = 'ChannelFollowsNetwork1796319920011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "broadcasts" ADD "unreachable_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "broadcast_recipients" ADD "lan_phase" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "broadcast_recipients" DROP COLUMN "lan_phase"`);
    await queryRunner.query(`ALTER TABLE "broadcasts" DROP COLUMN "unreachable_count"`);
  }
}
