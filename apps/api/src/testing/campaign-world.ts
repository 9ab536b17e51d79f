import type { ApiHarness } from './api-harness';
import { startApi } from './api-harness';
import { CouncilFixture, createCouncil } from './council-fixture';
import { as, DEVICE_HEADER } from './incident-fixture';

type Login = { token: string; id: string; name: string };

export const XP = 'Windows XP Professional SP1';
export const W2K = 'Windows 2000 Professional SP4';
export const ADV_SERVER = 'Windows 2000 Advanced Server';
export const NT4 = 'Windows NT 4.0 Workstation SP6a';

/** The RPC advisory the campaign rolls out: three builds in the inventory, one not. */
export const MS03_026 = {
  identifier: 'ms03-026',
  title: 'Buffer overrun in RPC interface could allow code execution',
  severity: 'critical',
  affectedBuilds: [XP, W2K, ADV_SERVER, NT4],
  patch: 'ms03-026',
  summary: 'Welchia and Blaster spread through it',
};

/**
 * The api with a council of two departments. SOC-HALL: two XP desktops, one already
 * patched, a Windows 2000 desktop and the live mail-scanning server (Advanced Server,
 * a critical service with a fall-back plan); EDU-HALL: an XP and a Windows 2000
 * desktop and a spare Advanced Server. An owner, command staff, two SOC ITU members and
 * one EDU ITU member. Devices by lower-case host name in `device`.
 */
export interface CampaignWorld {
  api: ApiHarness;
  council: CouncilFixture;
  owner: Login;
  command: Login;
  soc1: Login;
  soc2: Login;
  edu: Login;
  device: Record<string, string>;
  mailServiceId: string;
}

export async function startCampaignWorld(): Promise<CampaignWorld> {
  const api = await startApi();
  const council = await createCouncil(api);
  const admin = as(api, council.admin);
  // the standard build before the advisory: the second RPC patch only
  await admin
    .put('baseline', { requiredPatches: ['MS03-039'], minAvSignatureDate: '2026-02-01' })
    .expect(200);
  const lines = [
    DEVICE_HEADER,
    `SOC-PC-1,10.20.1.21,SOC-HALL,SOC,${XP},MS03-039,Sophos,2026-02-10`,
    `SOC-PC-2,10.20.1.22,SOC-HALL,SOC,${XP},MS03-026;MS03-039,Sophos,2026-02-10`,
    `SOC-W2K-1,10.20.1.23,SOC-HALL,SOC,${W2K},MS03-039,Sophos,2026-02-10`,
    `SOC-MAIL-1,10.20.1.10,SOC-HALL,SOC,${ADV_SERVER},MS03-039,Sophos,2026-02-10`,
    `EDU-PC-1,10.30.1.21,EDU-HALL,EDU,${XP},MS03-039,McAfee,2026-02-10`,
    `EDU-W2K-1,10.30.1.22,EDU-HALL,EDU,${W2K},MS03-039,McAfee,2026-02-10`,
    `EDU-SRV-1,10.30.1.10,EDU-HALL,EDU,${ADV_SERVER},MS03-039,McAfee,2026-02-10`,
    `EDU-OLD,10.30.1.30,EDU-HALL,EDU,Windows 98,,McAfee,2026-02-10`,
  ];
  await admin.csv('devices/import', lines.join('\n')).expect(200);
  const devices: { id: string; hostname: string }[] = (
    await admin.get('devices?limit=500').expect(200)
  ).body.items;
  const device = Object.fromEntries(devices.map((d) => [d.hostname, d.id]));
  const login = async (roles: ['owner'] | ['command'] | ['itu'], name: string, dept?: string) => ({
    ...(await api.login(roles, { name, departmentId: dept })),
    name,
  });
  const owner = await login(['owner'], 'Margaret Hale');
  const command = await login(['command'], 'Network Operations');
  const soc1 = await login(['itu'], 'Sam Patel', council.departments.SOC);
  const soc2 = await login(['itu'], 'Sue Grant', council.departments.SOC);
  const edu = await login(['itu'], 'Ed Walsh', council.departments.EDU);
  const mailService = await as(api, owner.token)
    .post('critical-services', {
      name: 'Mail scanning',
      description: 'In and outbound spam, content and virus scanning',
      serverIds: [device['soc-mail-1']],
      steps: [
        { text: 'Tell the help desk that mail is delayed', firstStep: true },
        { text: 'Bring up the standby scanner with anti-virus scanning only', firstStep: true },
        { text: 'Rebuild the live server from the build notes', firstStep: false },
      ],
      standbyDeviceId: device['edu-srv-1'],
      standbyDescription: 'Anti-virus scanning only while the live server is rebuilt',
      deciderId: owner.id,
      lastReviewedOn: new Date().toISOString().slice(0, 10),
    })
    .expect(201);
  return {
    api,
    council,
    owner,
    command,
    soc1,
    soc2,
    edu,
    device,
    mailServiceId: mailService.body.id as string,
  };
}
