import { DEMO_DEPARTMENTS, DEMO_LOGINS, DEMO_SITES, OS_BUILDS, OTHER_PATCHES } from './council';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { Prng } from './prng';

export const DEMO_SEED = 2003_08_18; // the day Welchia was first seen

/** Demo logins with a department: each is also one of its staff (at most 10). */
const STAFF_LOGINS = DEMO_LOGINS.filter((l) => l.department !== null);

export interface DemoLan {
  code: string;
  name: string;
  site: string;
  department: string;
  cidr: string;
}

export interface DemoCouncilData {
  lans: DemoLan[];
  /** `name,email,mobile,department,site,lan,smsConsent` */
  staffCsv: string;
  /** `hostname,ip,mac,lan,department,os,patches,avProduct,avSignatureDate,health` */
  devicesCsv: string;
  staffCount: number;
  deviceCount: number;
}

const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const csvLine = (fields: (string | null)[]): string =>
  fields.map((f) => csvField(f ?? '')).join(',');

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function dayAfter(start: string, days: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The demo council, generated the same way every time from one seed. */
export function generateDemoCouncil(seed = DEMO_SEED): DemoCouncilData {
  const rng = new Prng(seed);
  const siteIndex = new Map(DEMO_SITES.map((s, i) => [s.code as string, i]));
  const siteName = new Map(DEMO_SITES.map((s) => [s.code as string, s.name as string]));

  const lans: DemoLan[] = DEMO_DEPARTMENTS.flatMap((d, di) =>
    d.sites.map((site) => ({
      code: `${d.code}-${site}`,
      name: `${d.name}, ${siteName.get(site)}`,
      site,
      department: d.code,
      cidr: `10.${10 + di}.${(siteIndex.get(site) ?? 0) * 2}.0/23`,
    })),
  );

  const staffLines = ['name,email,mobile,department,site,lan,smsConsent'];
  const deviceLines = [
    'hostname,ip,mac,lan,department,os,patches,avProduct,avSignatureDate,health',
  ];
  const emails = new Set<string>();
  const devicesOnLan = new Map<string, number>();
  let staffCount = 0;
  let deviceCount = 0;

  const addDevice = (lan: DemoLan, d: (typeof DEMO_DEPARTMENTS)[number], kind: 'PC' | 'SRV') => {
    const n = (devicesOnLan.get(lan.code) ?? 0) + 1;
    devicesOnLan.set(lan.code, n);
    if (n > 490) throw new Error(`too many devices for ${lan.cidr}`);
    const [a, b, c] = lan.cidr.split('.').map(Number);
    const host = 10 + n;
    const ip = `${a}.${b}.${c + Math.floor(host / 256)}.${host % 256}`;
    deviceCount++;
    const hex = deviceCount.toString(16).padStart(6, '0');
    const mac = `00:0c:29:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
    const os =
      kind === 'SRV'
        ? rng.pick(['Windows 2000 Server SP4', 'Windows Server 2003'])
        : rng.weighted(OS_BUILDS);
    const rpc = rng.chance(d.patchRate);
    // "incorrectly patched": the first RPC patch without the second was how machines got re-infected
    const rpc2 = rpc ? rng.chance(0.88) : rng.chance(0.1);
    const webdav = rng.chance(Math.min(0.99, d.patchRate + 0.1));
    const patches = [
      ...(rpc ? ['MS03-026'] : []),
      ...(rpc2 ? ['MS03-039'] : []),
      ...(webdav ? ['MS03-007'] : []),
      ...OTHER_PATCHES.filter(() => rng.chance(0.5)),
    ];
    const noAv = rng.chance(d.noAvRate);
    const avProduct = noAv ? null : rng.pick(d.avProducts);
    let avDate: string | null = null;
    if (!noAv) {
      if (rng.chance(d.avCurrentRate)) avDate = dayAfter('2026-02-01', rng.int(0, 19));
      else if (rng.chance(0.95)) avDate = dayAfter('2025-09-01', rng.int(0, 152));
    }
    const vulnerable = !rpc || !rpc2;
    const health = vulnerable && rng.chance(d.infectedRate * 2) ? 'infected' : 'unknown';
    deviceLines.push(
      csvLine([
        `${lan.code}-${kind}-${pad(n, 3)}`.toLowerCase(),
        ip,
        mac,
        lan.code,
        d.code,
        os,
        patches.join(';'),
        avProduct,
        avDate,
        health,
      ]),
    );
  };

  for (const d of DEMO_DEPARTMENTS) {
    const own = lans.filter((l) => l.department === d.code);
    const weighted = own.map((lan, i) => [lan, own.length - i] as const);
    for (const lan of own) {
      addDevice(lan, d, 'SRV');
      if (rng.chance(0.6)) addDevice(lan, d, 'SRV');
    }
    // The department's demo logins are among its staff, with a mobile: the printable plan
    // and the reminders reach the owner and each ITU by phone too.
    const logins = DEMO_LOGINS.filter((l) => l.department === d.code);
    for (let i = 0; i < d.staff; i++) {
      const lan = rng.weighted(weighted);
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const login = logins[i];
      const base = `${first}.${last}`.toLowerCase();
      let email = login?.email ?? `${base}@council.example`;
      for (let k = 2; emails.has(email); k++) email = `${base}${k}@council.example`;
      emails.add(email);
      staffCount++;
      const hasMobile = rng.chance(0.96) || login !== undefined;
      // Ofcom's drama range has 1,000 mobiles: staff share 900000-900989, the logins own the rest.
      const number = login ? 990 + STAFF_LOGINS.indexOf(login) : staffCount % 990;
      const mobile = hasMobile ? `+447700900${pad(number, 3)}` : null;
      const consent = (hasMobile && rng.chance(0.9)) || login ? 'yes' : 'no';
      const name = login?.name.replace(/ \(.*\)$/, '') ?? `${first} ${last}`;
      staffLines.push(csvLine([name, email, mobile, d.code, lan.site, lan.code, consent]));
      if (rng.chance(0.82)) addDevice(lan, d, 'PC');
    }
  }

  return {
    lans,
    staffCsv: staffLines.join('\n') + '\n',
    devicesCsv: deviceLines.join('\n') + '\n',
    staffCount,
    deviceCount,
  };
}
