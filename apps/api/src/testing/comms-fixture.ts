import { DataSource } from 'typeorm';
import type { ApiHarness } from './api-harness';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as } from './incident-fixture';

export interface CommsWorld {
  council: CouncilFixture;
  owner: { token: string; id: string };
  ownerEmail: string;
  command: { token: string; id: string };
  incidentId: string;
  reference: string;
  staff: { total: number; withMobile: number; smsEligible: number };
}

/** The staff member i of a comms test: unique email and mobile; every 10th no mobile, every 7th no consent. */
export function commsStaff(i: number): { email: string; mobile: string | null; consent: boolean } {
  return {
    email: `comms${i}@council.example`,
    mobile: i % 10 === 0 ? null : `+4477${String(i).padStart(8, '0')}`,
    consent: i % 7 !== 0,
  };
}

export function commsStaffCsv(n: number): string {
  const lines = ['name,email,mobile,department,site,lan,smsConsent'];
  for (let i = 1; i <= n; i++) {
    const s = commsStaff(i);
    const soc = i % 2 === 1;
    lines.push(
      [
        `Member ${i}`,
        s.email,
        s.mobile ?? '',
        soc ? 'SOC' : 'EDU',
        'HALL',
        soc ? 'SOC-HALL' : 'EDU-HALL',
        s.consent ? 'yes' : 'no',
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * A council with `n` staff (imported over HTTP), an owner who is also on the staff
 * list (so reminders reach their mobile), command staff and an active incident.
 */
export async function createCommsWorld(api: ApiHarness, n: number): Promise<CommsWorld> {
  const council = await createCouncil(api);
  const admin = as(api, council.admin);
  const ownerEmail = `owner-${Date.now()}@council.example`;
  const csv =
    commsStaffCsv(n) + `Margaret Owner,${ownerEmail},+447999000001,SOC,HALL,SOC-HALL,yes\n`;
  const imported = await admin.csv('staff/import', csv).expect(200);
  if (imported.body.rejected.length) throw new Error(JSON.stringify(imported.body.rejected));
  const owner = await api.login(['owner'], { name: 'Margaret Owner', email: ownerEmail });
  const command = await api.login(['command'], { name: 'Carl CIT' });
  const incident = await as(api, owner.token)
    .post('incidents', {
      title: 'W32.Welchia in Social Services and Education',
      severity: 1,
      summary: 'Hosts scanning TCP 135',
      ownerId: owner.id,
      updateCadenceMinutes: 60,
    })
    .expect(201);
  let withMobile = 0;
  let smsEligible = 0;
  for (let i = 1; i <= n; i++) {
    const s = commsStaff(i);
    if (s.mobile) withMobile++;
    if (s.mobile && s.consent) smsEligible++;
  }
  return {
    council,
    owner,
    ownerEmail,
    command,
    incidentId: incident.body.id,
    reference: incident.body.reference,
    // the owner is on the staff list too
    staff: { total: n + 1, withMobile: withMobile + 1, smsEligible: smsEligible + 1 },
  };
}

export const db = (api: ApiHarness): DataSource => api.app.get(DataSource);
