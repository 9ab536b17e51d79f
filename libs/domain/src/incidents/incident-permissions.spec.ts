import type { Role } from '@cordon/contracts';
import {
  assertMayActOnIncident,
  INCIDENT_ACTIONS,
  IncidentAction,
  mayActOnIncident,
} from './incident-permissions';

const INCIDENT = { ownerId: 'u-owner', departmentIds: ['soc', 'edu'] };
const user = (id: string, roles: Role[], departmentId: string | null = null) => ({
  id,
  roles,
  departmentId,
});
const OWNER = user('u-owner', ['owner']);
const OTHER_OWNER = user('u-deputy', ['owner']);
const ADMIN = user('u-admin', ['admin']);
const COMMAND = user('u-cit', ['command']);
const ITU_SOC = user('u-soc', ['itu'], 'soc');
const ITU_HOU = user('u-hou', ['itu'], 'hou');
const STAFF = user('u-staff', ['staff'], 'soc');

const ALL = { OWNER, OTHER_OWNER, ADMIN, COMMAND, ITU_SOC, ITU_HOU, STAFF };
type Who = keyof typeof ALL;

const TABLE: [IncidentAction, Who[]][] = [
  ['read', ['OWNER', 'OTHER_OWNER', 'ADMIN', 'COMMAND', 'ITU_SOC']],
  ['handover', ['OWNER', 'ADMIN']],
  ['list_eligible_owners', ['OWNER', 'ADMIN', 'COMMAND']],
  ['change_status', ['OWNER', 'ADMIN']],
  ['edit', ['OWNER', 'ADMIN']],
  ['post_update', ['OWNER', 'ADMIN', 'COMMAND']],
  ['plan_lans', ['OWNER', 'ADMIN', 'COMMAND']],
  ['move_lan', ['OWNER', 'ADMIN', 'COMMAND']],
  ['reopen_lan', ['OWNER']],
  ['waive_device', ['OWNER']],
  ['issue_directive', ['OWNER']],
  ['create_task', ['OWNER', 'ADMIN', 'COMMAND']],
  ['reassign_task', ['OWNER', 'ADMIN']],
  ['unclaim_task', ['OWNER', 'ADMIN', 'COMMAND']],
  ['reopen_task', ['OWNER', 'ADMIN', 'COMMAND']],
  ['verify_task', ['ADMIN', 'COMMAND']],
  ['list_fault_reports', ['OWNER', 'ADMIN', 'COMMAND']],
];

describe(mayActOnIncident.name, () => {
  it('covers every action', () => {
    expect(TABLE.map(([a]) => a).sort()).toEqual(Object.keys(INCIDENT_ACTIONS).sort());
  });

  describe.each(TABLE)('%s', (action, allowed) => {
    it.each(Object.keys(ALL) as Who[])('for %s', (who) => {
      expect(mayActOnIncident(ALL[who], INCIDENT, action)).toBe(allowed.includes(who));
    });
  });

  it('names who may when it refuses', () => {
    expect(() => assertMayActOnIncident(COMMAND, INCIDENT, 'reopen_lan')).toThrow(
      expect.objectContaining({
        code: 'forbidden',
        message: 'Only the incident owner may reopen a LAN',
      }),
    );
    expect(() => assertMayActOnIncident(OTHER_OWNER, INCIDENT, 'handover')).toThrow(
      'Only the incident owner or an admin may hand the incident over',
    );
  });
});
