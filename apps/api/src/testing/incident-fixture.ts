import { DataSource } from 'typeorm';
import type { Role } from '@cordon/contracts';
import { TokenService } from '@cordon/auth';
import type { ApiHarness } from './api-harness';

/** Requests as one bearer token, answers checked by the caller. */
export function as(api: ApiHarness, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (path: string) => api.http().get(`/api/v1/${path}`).set(auth),
    post: (path: string, body: object = {}) =>
      api.http().post(`/api/v1/${path}`).set(auth).send(body),
    put: (path: string, body: object) => api.http().put(`/api/v1/${path}`).set(auth).send(body),
    patch: (path: string, body: object) => api.http().patch(`/api/v1/${path}`).set(auth).send(body),
    csv: (path: string, csv: string) =>
      api.http().post(`/api/v1/${path}`).set(auth).set('Content-Type', 'text/csv').send(csv),
  };
}

export interface BulkUser {
  id: string;
  name: string;
  token: string;
}

/**
 * Many logins at once for concurrency tests: inserted in one statement (one password
 * hash shared, never used) and given tokens directly, instead of n bcrypt logins.
 */
export async function bulkUsers(
  api: ApiHarness,
  n: number,
  roles: Role[],
  departmentId: string | null,
  prefix = 'bulk',
): Promise<BulkUser[]> {
  const tag = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const rows: { id: string; name: string; email: string }[] = await api.app.get(DataSource).query(
    `INSERT INTO users (email, name, password_hash, roles, department_id)
     SELECT $1 || '-' || i || '@test.example', $2 || ' ' || i, 'x', $3::text[], $4
     FROM generate_series(1, $5) AS i
     RETURNING id, name, email`,
    [tag, `${prefix} user`, roles, departmentId, n],
  );
  const tokens = api.app.get(TokenService);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    token: tokens.issue({ id: r.id, email: r.email, name: r.name, roles, departmentId }),
  }));
}

export const DEVICE_HEADER = 'hostname,ip,lan,department,os,patches,avProduct,avSignatureDate';

/** Full evidence for the test baseline (MS03-026, MS03-039; signatures from 2026-02-01). */
export const GOOD_EVIDENCE = {
  patches: ['MS03-026', 'MS03-039'],
  avSignatureDate: '2026-02-10',
  scanClean: true,
};

export const TEST_BASELINE = {
  requiredPatches: ['MS03-026', 'MS03-039'],
  minAvSignatureDate: '2026-02-01',
};
