/** A campaign's events in words, newest first on the board (pure, tested beside it). */
import type { EventView } from '../../api/types';

type Data = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const name = (v: unknown): string =>
  v && typeof v === 'object' && 'name' in v ? str((v as { name: unknown }).name) : '';
const hosts = (v: unknown): string =>
  Array.isArray(v) ? v.map((d) => str((d as Data)['hostname'])).join(', ') : '';

/**
 * One sentence per event; `departments` names departments by id (their code). An
 * unknown type says its type, so a newer api never leaves a gap.
 */
export function campaignSentence(e: EventView, departments: ReadonlyMap<string, string>): string {
  const d = e.data as Data;
  const who = e.actor.name;
  const dept = departments.get(str(d['departmentId'])) ?? 'a department';
  const note = str(d['note']) ? ` (“${str(d['note'])}”)` : '';
  switch (e.type) {
    case 'campaign.created':
      return `${who} started the campaign; like machines: ${hosts(d['testDevices'])}`;
    case 'campaign.test_devices_set':
      return `${who} chose the like machines: ${hosts(d['testDevices'])}`;
    case 'campaign.test_recorded':
      return `${who} recorded ${str(d['hostname'])} ${str(d['result'])}${note}`;
    case 'campaign.approved': {
      const over = Array.isArray(d['overridden']) ? d['overridden'].length : 0;
      const reason = str(d['overrideReason']);
      return `${who} approved ${str(d['patch'])}${
        over ? ` over ${over} blocking test${over === 1 ? '' : 's'}` : ''
      }${reason ? ` (“${reason}”)` : ''}${d['baselineChanged'] ? '; it joined the standard build' : ''}`;
    }
    case 'campaign.stage_started':
      return `${who} started ${dept}’s stage: ${Number(d['devices'])} devices pending`;
    case 'campaign.device_claimed':
      return `${name(d['claimedBy']) || who} claimed ${str(d['hostname'])}`;
    case 'campaign.device_released':
      return `${who} released ${str(d['hostname'])}`;
    case 'campaign.device_completed':
      return `${name(d['completedBy']) || who} marked ${str(d['hostname'])} ${str(d['outcome'])}${note}`;
    case 'campaign.incident_linked':
      return `Incident ${str(d['reference'])} opened for ${str(d['hostname'])}, a live server`;
    case 'campaign.completed':
      return 'The campaign completed: nothing is pending';
    default:
      return `${who}: ${e.type}`;
  }
}
