import { INestApplicationContext } from '@nestjs/common';
import type { AuthUser } from '@cordon/auth';
import type { FallbackStep } from '@cordon/contracts';
import { DevicesService } from '@cordon/inventory';
import { CriticalServicesService } from '@cordon/patching';

/**
 * The second case study's lesson, seeded: the mail-scanning server (Windows 2000, CIT's,
 * at Northgate) as a critical service with the fall-back plan the council wrote after
 * the patch that sent it into a reboot cycle: a standby with anti-virus scanning only
 * while the live server is rebuilt.
 */
export const DEMO_MAIL_SCANNING = {
  name: 'Mail scanning',
  description:
    'In and outbound mail: spam filtered, content checked and held for inspection, viruses and worms dealt with (Mail Sweeper, Sophos)',
  server: 'cit-ngate-srv-001',
  standby: 'cit-hall-srv-002',
  standbyDescription:
    'A fall-back scanner with anti-virus scanning only, while the live server is rebuilt',
  lastReviewedOn: '2026-09-15',
  steps: [
    {
      text: 'Tell the Help Desk and the Exchange and GroupWise teams that mail is delayed',
      firstStep: true,
    },
    {
      text: 'Bring up the standby with Sophos scanning only and route mail through it',
      firstStep: true,
    },
    {
      text: 'Stop patch, test and adjust on the live server: rebuild it from the build notes',
      firstStep: false,
    },
    {
      text: 'Prove the routes to Exchange, GroupWise and the Internet with real mail, then switch back',
      firstStep: false,
    },
  ] satisfies FallbackStep[],
};

/** Records the service once (a second run finds it by name and changes nothing). */
export async function seedDemoFallbackPlan(
  app: INestApplicationContext,
  owner: AuthUser,
): Promise<{ created: boolean }> {
  const services = app.get(CriticalServicesService, { strict: false });
  const existing = (await services.list(owner)).items.some(
    (s) => s.name === DEMO_MAIL_SCANNING.name,
  );
  if (existing) return { created: false };
  const devices = app.get(DevicesService, { strict: false });
  const deviceId = async (hostname: string) => {
    const found = (await devices.list({ q: hostname, limit: 5 }, owner)).items.find(
      (d) => d.hostname === hostname,
    );
    if (!found) throw new Error(`the demo has no device ${hostname} for the mail scanner`);
    return found.id;
  };
  const { server, standby, ...plan } = DEMO_MAIL_SCANNING;
  await services.create(
    {
      ...plan,
      serverIds: [await deviceId(server)],
      standbyDeviceId: await deviceId(standby),
      deciderId: owner.id,
    },
    owner,
  );
  return { created: true };
}
