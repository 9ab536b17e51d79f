import { randomBytes, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Entity, EntityManager, PrimaryColumn } from 'typeorm';
import type { IncidentStatus, Role, TaskEvidence } from '@cordon/contracts';
import type { AuthUser } from '@cordon/auth';
import type { IncidentFacts } from '@cordon/domain';
import { Spine, SYSTEM_ACTOR } from '@cordon/platform';
import { FeatureTestApp, startFeatureTestApp } from '@cordon/platform/testing';
import { IncidentTasks } from '../incident-tasks.service';
import { TaskIncidents } from '../task-incidents.port';
import { TasksModule } from '../tasks.module';

/**
 * Test support for the tasks services' integration specs: the tasks module with its
 * real repositories on a database of the spec file's own, and a council each test
 * makes for itself (departments, users, a LAN of devices, an incident and its tasks).
 */

/** The incident's owner and status as the incidents feature gives them, read from its rows. */
@Injectable()
export class IncidentRowFacts extends TaskIncidents {
  async facts(
    manager: EntityManager,
    incidentId: string,
  ): Promise<(IncidentFacts & { status: IncidentStatus }) | null> {
    const [row]: { owner_id: string; status: IncidentStatus }[] = await manager.query(
      `SELECT owner_id, status FROM incidents WHERE id = $1`,
      [incidentId],
    );
    if (!row) return null;
    const departments: { department_id: string }[] = await manager.query(
      `SELECT DISTINCT department_id FROM tasks WHERE incident_id = $1`,
      [incidentId],
    );
    return {
      ownerId: row.owner_id,
      status: row.status,
      departmentIds: departments.map((d) => d.department_id),
    };
  }
}

/**
 * The incidents feature's table as far as the tasks' foreign key names it
 * (`@ForeignKey('IncidentEntity')`, resolved by class name): tasks never import
 * incidents, so its entity is not loaded here. The table is the real one, from the
 * migrations; only its key is mapped.
 */
@Entity('incidents')
class IncidentEntity {
  @PrimaryColumn('uuid')
  id!: string;
}

export type TasksTestApp = FeatureTestApp;

export async function startTasks(): Promise<TasksTestApp> {
  const tasks = await startFeatureTestApp({
    imports: [
      TypeOrmModule.forFeature([IncidentEntity]),
      TasksModule.register({ incidents: IncidentRowFacts }),
    ],
  });
  try {
    await tasks.ds.query(
      `INSERT INTO baselines (id, required_patches, min_av_signature_date)
       VALUES (1, '{MS03-026,MS03-039}', '2026-01-01') ON CONFLICT (id) DO NOTHING`,
    );
    return tasks;
  } catch (err) {
    await tasks.close();
    throw err;
  }
}

/** Evidence that meets the standard build the fixture sets. */
export const GOOD_EVIDENCE: TaskEvidence = {
  patches: ['MS03-026', 'MS03-039'],
  avSignatureDate: '2026-02-10',
  scanClean: true,
  avProduct: 'Sophos',
};

export interface TaskWorld {
  incidentId: string;
  soc: string;
  edu: string;
  owner: AuthUser;
  command: AuthUser;
  /** ITU members of SOC. */
  sam: AuthUser;
  sue: AuthUser;
  /** An ITU member of EDU. */
  eve: AuthUser;
  /** One open cleanup task per SOC device, by host name. */
  taskIds: string[];
  deviceIds: string[];
}

/** A council of its own (unique codes and names) with an active incident and `devices` cleanup tasks. */
export async function taskWorld(tasks: TasksTestApp, devices = 3): Promise<TaskWorld> {
  const { ds, app } = tasks;
  const tag = randomBytes(4).toString('hex');
  const [{ id: soc }, { id: edu }]: { id: string }[] = await ds.query(
    `INSERT INTO departments (code, name) VALUES ($1, 'Social Services'), ($2, 'Education')
     RETURNING id`,
    [`SOC-${tag}`, `EDU-${tag}`],
  );
  const user = async (name: string, roles: Role[], departmentId: string | null) => {
    const email = `${name.toLowerCase()}-${tag}@test.example`;
    const [{ id }]: { id: string }[] = await ds.query(
      `INSERT INTO users (email, name, password_hash, roles, department_id)
       VALUES ($1, $2, 'x', $3, $4) RETURNING id`,
      [email, name, roles, departmentId],
    );
    return { id, email, name, roles, departmentId };
  };
  const owner = await user('Olivia', ['owner'], null);
  const command = await user('Carl', ['command'], null);
  const sam = await user('Sam', ['itu'], soc);
  const sue = await user('Sue', ['itu'], soc);
  const eve = await user('Eve', ['itu'], edu);
  const [{ id: siteId }]: { id: string }[] = await ds.query(
    `INSERT INTO sites (code, name) VALUES ($1, 'Civic Hall') RETURNING id`,
    [`HALL-${tag}`],
  );
  const [{ id: lanId }]: { id: string }[] = await ds.query(
    `INSERT INTO lans (code, name, site_id, department_id) VALUES ($1, 'SOC hall', $2, $3)
     RETURNING id`,
    [`SOC-HALL-${tag}`, siteId, soc],
  );
  const hosts = Array.from({ length: devices }, (_, i) => `soc-pc-${tag}-${i + 1}`);
  const deviceRows: { id: string; hostname: string }[] = await ds.query(
    `INSERT INTO devices (hostname, lan_id, department_id, health)
     SELECT h, $2, $3, 'infected' FROM unnest($1::text[]) h RETURNING id, hostname`,
    [hosts, lanId, soc],
  );
  const number = randomInt(1, 1_000_000_000);
  const [{ id: incidentId }]: { id: string }[] = await ds.query(
    `INSERT INTO incidents (reference, year, number, title, severity, summary, owner_id, owner_name, last_update_at)
     VALUES ($1, 2026, $2, 'Worm', 1, 'Blaster on SOC', $3, $4, now()) RETURNING id`,
    [`INC-T-${tag}`, number, owner.id, owner.name],
  );
  const created = await app.get(Spine).run(SYSTEM_ACTOR, (tx) =>
    app.get(IncidentTasks).createForDevices(tx, {
      incidentId,
      kind: 'clean_device',
      devices: deviceRows.map((d) => ({
        deviceId: d.id,
        hostname: d.hostname,
        lanId,
        departmentId: soc,
      })),
      dueAt: null,
    }),
  );
  return {
    incidentId,
    soc,
    edu,
    owner,
    command,
    sam,
    sue,
    eve,
    taskIds: created.map((t) => t.id),
    deviceIds: created.map((t) => t.deviceId as string),
  };
}

/** The incident's timeline, oldest first. */
export function eventsOf(
  tasks: TasksTestApp,
  incidentId: string,
): Promise<{ type: string; data: Record<string, unknown> }[]> {
  return tasks.ds.query(`SELECT type, data FROM events WHERE incident_id = $1 ORDER BY seq`, [
    incidentId,
  ]);
}
