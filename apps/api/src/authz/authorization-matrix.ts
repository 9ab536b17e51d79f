/**
 * Who may call what: every operation of the OpenAPI document (`METHOD path` under
 * /api/v1) → each identity → the class of answer expected. The authorisation matrix test
 * (authorization-matrix.e2e-spec.ts) calls every operation as every identity on real rows
 * and fails on any difference, on an operation missing here and on an entry whose route
 * is gone. See docs/authorization.md for how to add a route.
 *
 * `ok`: allowed (2xx, or a 4xx other than 401/403/404 such as 409 or 422 about the row's
 * state); `401`: no valid token; `denied`: 403 or 404 (a row outside the caller's
 * department or incident is hidden or refused). The rows are department A's (SOC) and
 * the incident owned by `owner`.
 */
export const IDENTITIES = [
  'none',
  'forged',
  'expired',
  'staff',
  'ituOther',
  'itu',
  'command',
  'owner',
  'otherOwner',
  'admin',
] as const;
export type Identity = (typeof IDENTITIES)[number];
export type Expect = 'ok' | '401' | 'denied';
export type Row = Record<Identity, Expect>;

const NO_TOKEN: Identity[] = ['none', 'forged', 'expired'];

/** Open to anyone, token or not (CONTRACT.md: login, status, ack links, health). */
const open = (): Row => Object.fromEntries(IDENTITIES.map((who) => [who, 'ok'])) as Row;

/** A token needed; `allowed` may, every other signed-in identity is denied. */
const only = (...allowed: Identity[]): Row =>
  Object.fromEntries(
    IDENTITIES.map((who) => [
      who,
      NO_TOKEN.includes(who) ? '401' : allowed.includes(who) ? 'ok' : 'denied',
    ]),
  ) as Row;

const SIGNED_IN = only('staff', 'ituOther', 'itu', 'command', 'owner', 'otherOwner', 'admin');
/** Owners, command staff and every ITU: council-wide reads. */
const READERS = only('ituOther', 'itu', 'command', 'owner', 'otherOwner', 'admin');
/** A row of department A: its ITU, owners, command staff, admins. */
const DEPT_A = only('itu', 'command', 'owner', 'otherOwner', 'admin');
const MANAGERS = only('command', 'owner', 'otherOwner', 'admin');
/** On the incident (libs/domain incident-permissions.ts): command staff, its owner, admins. */
const INCIDENT_STAFF = only('command', 'owner', 'admin');
/** The incident's owner or an admin. */
const OWNER = only('owner', 'admin');
const OWNERS = only('owner', 'otherOwner', 'admin');
const ADMIN = only('admin');

export const AUTHORIZATION_MATRIX: Record<string, Row> = {
  'GET /ack/{token}': open(),
  'POST /ack/{token}': open(),
  'GET /advisories': READERS,
  'POST /advisories': MANAGERS,
  'DELETE /advisories/{id}': MANAGERS,
  'GET /advisories/{id}': READERS,
  'PATCH /advisories/{id}': MANAGERS,
  'POST /auth/login': open(),
  'GET /auth/methods': open(),
  'GET /auth/group-mappings': ADMIN,
  'POST /auth/group-mappings': ADMIN,
  'DELETE /auth/group-mappings/{id}': ADMIN,
  'POST /auth/logout': SIGNED_IN,
  'GET /auth/me': SIGNED_IN,
  'GET /baseline': READERS,
  'PUT /baseline': ADMIN,
  'GET /broadcasts/{id}': INCIDENT_STAFF,
  'POST /broadcasts/{id}/acknowledgements': INCIDENT_STAFF,
  'GET /broadcasts/{id}/deliveries': INCIDENT_STAFF,
  'POST /broadcasts/{id}/retry-failed': OWNER,
  'GET /broadcasts/{id}/silent': INCIDENT_STAFF,
  'GET /broadcasts/{id}/unreachable': INCIDENT_STAFF,
  'GET /campaigns': READERS,
  'POST /campaigns': MANAGERS,
  'GET /campaigns/{id}': READERS,
  'POST /campaigns/{id}/approve': OWNERS,
  'GET /campaigns/{id}/devices': READERS,
  'POST /campaigns/{id}/devices/{deviceId}/claim': only('itu', 'command', 'admin'),
  'POST /campaigns/{id}/devices/{deviceId}/incident': MANAGERS,
  'POST /campaigns/{id}/devices/{deviceId}/outcome': only('itu', 'command', 'admin'),
  'POST /campaigns/{id}/devices/{deviceId}/release': DEPT_A,
  'GET /campaigns/{id}/events': READERS,
  'POST /campaigns/{id}/stages': OWNERS,
  'PUT /campaigns/{id}/test-devices': MANAGERS,
  'POST /campaigns/{id}/test-devices/{deviceId}/result': MANAGERS,
  'GET /compliance': READERS,
  'GET /critical-services': READERS,
  'POST /critical-services': MANAGERS,
  'GET /critical-services/deciders': MANAGERS,
  'DELETE /critical-services/{id}': MANAGERS,
  'GET /critical-services/{id}': DEPT_A,
  'PUT /critical-services/{id}': MANAGERS,
  'GET /directory/contact-readiness': MANAGERS,
  'GET /directory/contact-readiness/gaps': MANAGERS,
  'GET /directory/sync': ADMIN,
  'POST /directory/sync': ADMIN,
  'GET /departments': READERS,
  'POST /departments': ADMIN,
  'GET /departments/{id}': READERS,
  'GET /detections': MANAGERS,
  'POST /detections': only('command', 'admin'),
  'GET /devices': READERS,
  'POST /devices/import': ADMIN,
  'GET /devices/{id}': DEPT_A,
  'POST /directives/{id}/acknowledge': only('itu'),
  'GET /fault-reports': MANAGERS,
  'POST /fault-reports': SIGNED_IN,
  'GET /health': open(),
  'GET /incidents': READERS,
  'POST /incidents': MANAGERS,
  'GET /incidents/{id}': DEPT_A,
  'PATCH /incidents/{id}': OWNER,
  'GET /incidents/{id}/audit': DEPT_A,
  'GET /incidents/{id}/broadcasts': INCIDENT_STAFF,
  'POST /incidents/{id}/broadcasts': INCIDENT_STAFF,
  'POST /incidents/{id}/broadcasts/preview': INCIDENT_STAFF,
  'POST /incidents/{id}/decisions': OWNER,
  'POST /incidents/{id}/devices/{deviceId}/waive': only('owner'),
  'GET /incidents/{id}/directives': DEPT_A,
  'POST /incidents/{id}/directives': only('owner'),
  'GET /incidents/{id}/eligible-owners': INCIDENT_STAFF,
  'GET /incidents/{id}/events': DEPT_A,
  'GET /incidents/{id}/evidence': MANAGERS,
  'GET /incidents/{id}/fallback': DEPT_A,
  'POST /incidents/{id}/handover': only('owner', 'admin'),
  'GET /incidents/{id}/lans': DEPT_A,
  'POST /incidents/{id}/lans': INCIDENT_STAFF,
  'POST /incidents/{id}/lans/{lanId}/transitions': INCIDENT_STAFF,
  'GET /incidents/{id}/plan': DEPT_A,
  'GET /incidents/{id}/report': MANAGERS,
  'GET /incidents/{id}/review': MANAGERS,
  'PATCH /incidents/{id}/review': INCIDENT_STAFF,
  'POST /incidents/{id}/review/actions': INCIDENT_STAFF,
  'PATCH /incidents/{id}/review/actions/{actionId}': only('itu', 'command', 'owner', 'admin'),
  'GET /incidents/{id}/review/assignees': MANAGERS,
  'POST /incidents/{id}/status': OWNER,
  'POST /incidents/{id}/tasks': INCIDENT_STAFF,
  'POST /incidents/{id}/updates': INCIDENT_STAFF,
  'GET /incidents/{id}/warp': INCIDENT_STAFF,
  'GET /incidents/{id}/warp/prompts': INCIDENT_STAFF,
  'GET /incidents/{id}/warp/sendings': INCIDENT_STAFF,
  'POST /incidents/{id}/warp/sendings': INCIDENT_STAFF,
  'GET /lans': READERS,
  'POST /lans': ADMIN,
  'GET /lans/{id}': DEPT_A,
  'GET /metrics': MANAGERS,
  'GET /review-actions': SIGNED_IN,
  'GET /reviews': MANAGERS,
  'GET /sites': READERS,
  'POST /sites': ADMIN,
  'GET /staff': READERS,
  'POST /staff/import': ADMIN,
  'GET /staff/{id}': DEPT_A,
  'GET /status': open(),
  'POST /status/fault-reports': open(),
  'GET /support-units': READERS,
  'POST /support-units': ADMIN,
  'GET /tasks': READERS,
  'GET /tasks/summary': READERS,
  'GET /tasks/{id}': DEPT_A,
  'POST /tasks/{id}/claim': only('itu', 'command', 'admin'),
  'POST /tasks/{id}/complete': only('itu', 'command', 'admin'),
  'POST /tasks/{id}/reassign': OWNER,
  'POST /tasks/{id}/reopen': INCIDENT_STAFF,
  'POST /tasks/{id}/unclaim': only('itu', 'command', 'owner', 'admin'),
  'POST /tasks/{id}/verify': only('command', 'admin'),
  'GET /users': ADMIN,
  'POST /users': ADMIN,
};
