import { MigrationInterface, QueryRunner } from 'typeorm';

export class FallbackAttachedAt1796310007877 implements MigrationInterface {
  name = 'FallbackAttachedAt1796310007877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fallback_incidents" ADD "attached_at" TIMESTAMP(3) WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fallback_incidents" DROP COLUMN "attached_at"`);
  }
}
