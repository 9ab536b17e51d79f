import { MigrationInterface, QueryRunner } from 'typeorm';

export class FallbackPlans1796308353386 implements MigrationInterface {
  name = 'FallbackPlans1796308353386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "critical_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "steps" jsonb NOT NULL DEFAULT '[]', "standby_device_id" uuid, "standby_description" text, "decider_id" uuid NOT NULL, "last_reviewed_on" date NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28fae2b6ee1c3e39349467076a9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_critical_services_name" ON "critical_services" ("name") `);
    await queryRunner.query(`CREATE TABLE "critical_service_servers" ("service_id" uuid NOT NULL, "device_id" uuid NOT NULL, CONSTRAINT "PK_945fd1019700f696a1452980e85" PRIMARY KEY ("service_id", "device_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_critical_service_servers_device" ON "critical_service_servers" ("device_id") `);
    await queryRunner.query(`CREATE TABLE "fallback_incidents" ("campaign_id" uuid NOT NULL, "device_id" uuid NOT NULL, "incident_id" uuid, "reference" text, "advisory_id" uuid NOT NULL, "identifier" text NOT NULL, "patch" text NOT NULL, "hostname" text NOT NULL, "department_id" uuid NOT NULL, "service_id" uuid, "plan" jsonb, "no_plan" text, "tasks" jsonb NOT NULL DEFAULT '[]', "note" text, "owner_note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_75526d486fab95122d717f1b9ba" PRIMARY KEY ("campaign_id", "device_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fallback_incidents_incident" ON "fallback_incidents" ("incident_id") `);
    await queryRunner.query(`ALTER TABLE "critical_services" ADD CONSTRAINT "fk_critical_services_standby" FOREIGN KEY ("standby_device_id") REFERENCES "devices"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_services" ADD CONSTRAINT "fk_critical_services_decider" FOREIGN KEY ("decider_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_service_servers" ADD CONSTRAINT "fk_critical_service_servers_service" FOREIGN KEY ("service_id") REFERENCES "critical_services"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "critical_service_servers" ADD CONSTRAINT "fk_critical_service_servers_device" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fallback_incidents" ADD CONSTRAINT "fk_fallback_incidents_incident" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fallback_incidents" DROP CONSTRAINT "fk_fallback_incidents_incident"`);
    await queryRunner.query(`ALTER TABLE "critical_service_servers" DROP CONSTRAINT "fk_critical_service_servers_device"`);
    await queryRunner.query(`ALTER TABLE "critical_service_servers" DROP CONSTRAINT "fk_critical_service_servers_service"`);
    await queryRunner.query(`ALTER TABLE "critical_services" DROP CONSTRAINT "fk_critical_services_decider"`);
    await queryRunner.query(`ALTER TABLE "critical_services" DROP CONSTRAINT "fk_critical_services_standby"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fallback_incidents_incident"`);
    await queryRunner.query(`DROP TABLE "fallback_incidents"`);
    await queryRunner.query(`DROP INDEX "public"."uq_critical_service_servers_device"`);
    await queryRunner.query(`DROP TABLE "critical_service_servers"`);
    await queryRunner.query(`DROP INDEX "public"."uq_critical_services_name"`);
    await queryRunner.query(`DROP TABLE "critical_services"`);
  }
}
