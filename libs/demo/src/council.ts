/**
 * The demo council of the case study: a central IT division (CIT) and five
 * departments, each with its own IT unit, some sections with their own specialist
 * support group, spread over several sites, one LAN per department per site.
 */
export interface DemoDepartment {
  code: string;
  name: string;
  staff: number;
  sites: string[];
  /** How likely each required patch is installed: departments differed a lot. */
  patchRate: number;
  /** How likely the anti-virus signatures are current. */
  avCurrentRate: number;
  /** Share of machines with no anti-virus at all. */
  noAvRate: number;
  /** Share of machines already infected (the worm started in two departments). */
  infectedRate: number;
  avProducts: readonly string[];
}

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  {
    code: 'CIT',
    name: 'Corporate Information Technology',
    staff: 180,
    sites: ['HALL', 'NGATE'],
    patchRate: 0.97,
    avCurrentRate: 0.95,
    noAvRate: 0.01,
    infectedRate: 0,
    avProducts: ['Sophos Anti-Virus'],
  },
  {
    code: 'SOC',
    name: 'Social Services',
    staff: 820,
    sites: ['HALL', 'ELM', 'PARK'],
    patchRate: 0.55,
    avCurrentRate: 0.6,
    noAvRate: 0.08,
    infectedRate: 0.04,
    avProducts: ['Sophos Anti-Virus', 'McAfee VirusScan'],
  },
  {
    code: 'EDU',
    name: 'Education',
    staff: 700,
    sites: ['NGATE', 'LIB', 'PARK'],
    patchRate: 0.6,
    avCurrentRate: 0.65,
    noAvRate: 0.07,
    infectedRate: 0.03,
    avProducts: ['McAfee VirusScan', 'Norton AntiVirus'],
  },
  {
    code: 'HOU',
    name: 'Housing',
    staff: 500,
    sites: ['ANNEX', 'ELM'],
    patchRate: 0.8,
    avCurrentRate: 0.8,
    noAvRate: 0.04,
    infectedRate: 0,
    avProducts: ['Sophos Anti-Virus'],
  },
  {
    code: 'ENV',
    name: 'Environment',
    staff: 450,
    sites: ['RIVER', 'ANNEX'],
    patchRate: 0.72,
    avCurrentRate: 0.7,
    noAvRate: 0.06,
    infectedRate: 0,
    avProducts: ['Norton AntiVirus', 'Sophos Anti-Virus'],
  },
  {
    code: 'FIN',
    name: 'Finance',
    staff: 350,
    sites: ['HALL', 'NGATE'],
    patchRate: 0.88,
    avCurrentRate: 0.85,
    noAvRate: 0.02,
    infectedRate: 0,
    avProducts: ['Sophos Anti-Virus'],
  },
];

export const DEMO_SITES = [
  { code: 'HALL', name: 'Civic Hall', address: '1 Market Square' },
  { code: 'ANNEX', name: 'Civic Hall Annex', address: '3 Market Square' },
  { code: 'NGATE', name: 'Northgate House', address: '40 Northgate' },
  { code: 'ELM', name: 'Elm Street Offices', address: '12 Elm Street' },
  { code: 'PARK', name: 'Parkside Centre', address: 'Parkside Road' },
  { code: 'LIB', name: 'Central Library', address: 'Library Walk' },
  { code: 'RIVER', name: 'Riverside Depot', address: 'Wharf Lane' },
] as const;

/** Each department's IT unit, and the specialist groups some sections run themselves. */
export const DEMO_UNITS = [
  ...DEMO_DEPARTMENTS.map((d) => ({
    code: `${d.code}-ITU`,
    name: d.code === 'CIT' ? 'CIT Network and Infrastructure Services' : `${d.name} IT Unit`,
    kind: 'itu' as const,
    department: d.code,
    section: null,
    email: `${d.code.toLowerCase()}.itu@council.example`,
  })),
  {
    code: 'SOC-CFS',
    name: 'Children and Families Systems Team',
    kind: 'specialist' as const,
    department: 'SOC',
    section: 'Children and Families',
    email: null,
  },
  {
    code: 'EDU-SCH',
    name: 'Schools ICT Support',
    kind: 'specialist' as const,
    department: 'EDU',
    section: 'Schools',
    email: null,
  },
  {
    code: 'ENV-GIS',
    name: 'GIS and Mapping Support',
    kind: 'specialist' as const,
    department: 'ENV',
    section: 'Planning',
    email: null,
  },
  {
    code: 'FIN-RB',
    name: 'Revenues and Benefits Systems',
    kind: 'specialist' as const,
    department: 'FIN',
    section: 'Revenues and Benefits',
    email: null,
  },
];

/** The standard build after Welchia: both RPC patches, the WebDAV patch, current signatures. */
export const DEMO_BASELINE = {
  requiredPatches: ['MS03-026', 'MS03-039', 'MS03-007'],
  minAvSignatureDate: '2026-02-01',
};

export const OTHER_PATCHES = ['MS02-039', 'MS03-001', 'MS03-023', 'MS03-030'];

export const OS_BUILDS = [
  ['Windows XP Professional SP1', 45],
  ['Windows 2000 Professional SP4', 33],
  ['Windows 2000 Professional SP3', 8],
  ['Windows NT 4.0 Workstation SP6a', 6],
  ['Windows 2000 Server SP4', 5],
  ['Windows Server 2003', 3],
] as const;

export const DEMO_PASSWORD = 'cordon-demo-2026';

export interface DemoLogin {
  email: string;
  name: string;
  roles: readonly ('admin' | 'owner' | 'command' | 'itu' | 'staff')[];
  department: string | null;
}

/**
 * One login per role, a deputy incident owner, and an ITU login for every department
 * (`itu.<code>@council.example`): the incident in progress has work for each of them.
 */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: 'admin@council.example',
    name: 'Directory Administrator',
    roles: ['admin'],
    department: null,
  },
  {
    email: 'owner@council.example',
    name: 'Margaret Hale (Incident Owner)',
    roles: ['owner'],
    department: 'CIT',
  },
  {
    email: 'deputy@council.example',
    name: 'David Okafor (Deputy Incident Owner)',
    roles: ['owner'],
    department: 'CIT',
  },
  {
    email: 'command@council.example',
    name: 'CIT Network Operations',
    roles: ['command'],
    department: 'CIT',
  },
  ...DEMO_DEPARTMENTS.map((d) => ({
    email: `itu.${d.code.toLowerCase()}@council.example`,
    name: d.code === 'CIT' ? 'CIT Network and Infrastructure ITU' : `${d.name} ITU`,
    roles: ['itu'] as const,
    department: d.code,
  })),
  {
    email: 'staff@council.example',
    name: 'A Member of Staff',
    roles: ['staff'],
    department: 'SOC',
  },
];
