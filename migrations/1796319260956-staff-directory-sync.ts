import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffDirectorySync1796319260956 implements MigrationInterface {
  name = 'StaffDirectorySync1796319260956';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "staff" ADD "directory_id" text`);
    await queryRunner.query(`ALTER TABLE "staff" ADD "directory_dn" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_staff_directory_id" ON "staff" ("directory_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_staff_directory_id"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "directory_dn"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "directory_id"`);
    await queryRunner.query(`ALTER TABLE "staff" DROP COLUMN "active"`);
  }
}
