import { randomUUID } from 'node:crypto';
import type { AuthUser } from '@cordon/auth';
import type { FallbackStep } from '@cordon/contracts';
import { FailedPatch, PatchFailureIncidents } from '@cordon/patching';
import type { ApiHarness } from './api-harness';
import { startApi } from './api-harness';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as, DEVICE_HEADER } from './incident-fixture';

type Login = { token: string; id: string };

export const MAIL_STEPS: FallbackStep[] = [
  { text: 'Tell the help desk that mail is delayed', firstStep: true },
  { text: 'Bring up the standby scanner with anti-virus scanning only', firstStep: true },
  { text: 'Route inbound mail through the standby', firstStep: false },
  { text: 'Rebuild the live server from the build notes', firstStep: false },
];

/**
 * The api with a small council whose SOC-HALL LAN holds two mail-scanning servers
 * (Windows 2000 Advanced Server), a spare server, a file server (Windows Server 2003,
 * in no critical service), a server with no OS recorded and an XP desktop; an owner
 * (who decides), command staff, SOC and EDU ITU members and staff.
 */
export interface FallbackWorld {
  api: ApiHarness;
  council: CouncilFixture;
  owner: Login;
  command: Login;
  soc: Login & { user: AuthUser };
  edu: Login;
  staff: Login;
  device: Record<'mail1' | 'mail2' | 'spare' | 'files' | 'noos' | 'desk', string>;
  /** The critical service body for the mail scanners, as the owner would send it. */
  mailService(): Record<string, unknown>;
  /** Asks the fall-back side as the campaigns do when a rollout device fails. */
  failPatch(
    device: keyof FallbackWorld['device'],
    campaignId?: string,
    departmentId?: string,
  ): ReturnType<PatchFailureIncidents['openForFailedPatch']>;
}

export async function startFallbackWorld(): Promise<FallbackWorld> {
  const api = await startApi();
  const council = await createCouncil(api);
  const admin = as(api, council.admin);
  const lines = [
    DEVICE_HEADER,
    'SOC-MAIL-1,10.20.1.10,SOC-HALL,SOC,Windows 2000 Advanced Server,,Sophos,2026-02-01',
    'SOC-MAIL-2,10.20.1.11,SOC-HALL,SOC,Windows 2000 Advanced Server,,Sophos,2026-02-01',
    'SOC-SPARE,10.20.1.12,SOC-HALL,SOC,Windows 2000 Server SP4,,Sophos,2026-02-01',
    'SOC-FILES,10.20.1.13,SOC-HALL,SOC,Windows Server 2003,,Sophos,2026-02-01',
    'SOC-NOOS,10.20.1.14,SOC-HALL,SOC,,,Sophos,2026-02-01',
    'SOC-DESK,10.20.1.15,SOC-HALL,SOC,Windows XP Professional SP1,,Sophos,2026-02-01',
  ];
  await admin.csv('devices/import', lines.join('\n')).expect(200);
  const devices: { id: string; hostname: string; departmentId: string }[] = (
    await admin.get('devices?limit=500').expect(200)
  ).body.items;
  const id = (hostname: string) => {
    const found = devices.find((d) => d.hostname === hostname);
    if (!found) throw new Error(`no device ${hostname}`);
    return found.id;
  };
  const device = {
    mail1: id('soc-mail-1'),
    mail2: id('soc-mail-2'),
    spare: id('soc-spare'),
    files: id('soc-files'),
    noos: id('soc-noos'),
    desk: id('soc-desk'),
  };
  const owner = await api.login(['owner'], { name: 'Margaret Hale' });
  const command = await api.login(['command'], { name: 'Network Operations' });
  const socLogin = await api.login(['itu'], {
    departmentId: council.departments.SOC,
    name: 'Sam Patel',
  });
  const edu = await api.login(['itu'], { departmentId: council.departments.EDU, name: 'Ed' });
  const staff = await api.login(['staff'], { departmentId: council.departments.SOC });
  const soc = {
    ...socLogin,
    user: {
      id: socLogin.id,
      email: 'soc@test.example',
      name: 'Sam Patel',
      roles: ['itu' as const],
      departmentId: council.departments.SOC,
    },
  };
  const hostnames = Object.fromEntries(devices.map((d) => [d.id, d.hostname]));
  const campaign = randomUUID();
  return {
    api,
    council,
    owner,
    command,
    soc,
    edu,
    staff,
    device,
    mailService: () => ({
      name: 'Mail scanning',
      description: 'In and outbound spam, content and virus scanning',
      serverIds: [device.mail1, device.mail2],
      steps: MAIL_STEPS,
      standbyDeviceId: device.spare,
      standbyDescription: 'Anti-virus scanning only while the live server is rebuilt',
      deciderId: owner.id,
      lastReviewedOn: new Date().toISOString().slice(0, 10),
    }),
    failPatch(which, campaignId = campaign, departmentId = council.departments.SOC) {
      const failure: FailedPatch = {
        campaignId,
        advisoryId: '00000000-0000-4000-8000-000000000026',
        identifier: 'MS03-026',
        patch: 'KB823980',
        deviceId: device[which],
        hostname: hostnames[device[which]],
        departmentId,
        note: 'reboot cycle after the update',
      };
      return api.app
        .get(PatchFailureIncidents, { strict: false })
        .openForFailedPatch(failure, soc.user);
    },
  };
}
