import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from '@cordon/platform';
import { ENTITIES, MIGRATIONS } from './schema';

export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsTransactionMode: 'each',
    logging: ['error'],
  });
}

/** Creates the database named in `url` when it does not exist (connecting to `postgres`). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const ds = new DataSource({ type: 'postgres', url: admin.toString() });
  await ds.initialize();
  try {
    const rows: unknown[] = await ds.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) await ds.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await ds.destroy();
  }
}

function maintenanceUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url: maintenanceUrl(url) });
  await ds.initialize();
  try {
    await ds.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await ds.destroy();
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A throwaway database beside `baseUrl` (for benches and schema checks), migrated unless told not to. */
export async function createScratchDatabase(
  baseUrl: string,
  prefix: string,
  migrate = true,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const target = new URL(baseUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  await ensureDatabase(url);
  if (migrate) {
    const ds = createDataSource(url);
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
    } finally {
      await ds.destroy();
    }
  }
  return { name, url, drop: () => dropDatabase(baseUrl, name) };
}
