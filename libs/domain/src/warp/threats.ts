import type { WarpPort } from '@cordon/contracts';

/** A threat the sector knows, with what a WARP wants to hear about it. */
export interface KnownThreat {
  name: string;
  aliases: string[];
  kind: string;
  /** Words in a signature, title or summary that name it. */
  match: RegExp;
  description: string;
  ports: WarpPort[];
  protocols: string[];
  patches: string[];
}

/** The worms of the founding case study and their kin (public advisories). */
export const KNOWN_THREATS: readonly KnownThreat[] = [
  {
    name: 'W32.Welchia.Worm',
    aliases: ['W32/Nachi.worm'],
    kind: 'worm',
    match: /welchia|nachi/i,
    description:
      'Scans for hosts with an ICMP ping, exploits the RPC DCOM interface on TCP 135 (and WebDAV over HTTP), ' +
      'opens a remote shell on a TCP port in 666-765 and fetches itself by TFTP; crashes the RPC service of ' +
      'unpatched hosts even where it does not install.',
    ports: [
      { protocol: 'TCP', port: '135' },
      { protocol: 'TCP', port: '666-765' },
      { protocol: 'UDP', port: '69' },
      { protocol: 'TCP', port: '80' },
    ],
    protocols: ['ICMP', 'RPC DCOM', 'TFTP', 'WebDAV'],
    patches: ['MS03-026', 'MS03-039', 'MS03-007'],
  },
  {
    name: 'W32.Blaster.Worm',
    aliases: ['W32/Lovsan.worm', 'MSBlast'],
    kind: 'worm',
    match: /blaster|lovsan|msblast/i,
    description:
      'Exploits the RPC DCOM interface on TCP 135, opens a shell on TCP 4444 and fetches itself by TFTP.',
    ports: [
      { protocol: 'TCP', port: '135' },
      { protocol: 'TCP', port: '4444' },
      { protocol: 'UDP', port: '69' },
    ],
    protocols: ['RPC DCOM', 'TFTP'],
    patches: ['MS03-026'],
  },
  {
    name: 'W32.Sasser.Worm',
    aliases: ['W32/Sasser.worm'],
    kind: 'worm',
    match: /sasser/i,
    description:
      'Exploits the LSASS service on TCP 445, opens a shell on TCP 9996 and fetches itself by FTP on TCP 5554.',
    ports: [
      { protocol: 'TCP', port: '445' },
      { protocol: 'TCP', port: '5554' },
      { protocol: 'TCP', port: '9996' },
    ],
    protocols: ['SMB', 'FTP'],
    patches: ['MS04-011'],
  },
];

/** The first known threat any of the texts names. */
export function knownThreat(texts: readonly string[]): KnownThreat | null {
  return KNOWN_THREATS.find((t) => texts.some((text) => t.match.test(text))) ?? null;
}

const PORT = /\b(TCP|UDP)(?:\/|\s+port\s+|\s+ports\s+|\s*)(\d{1,5}(?:\s*-\s*\d{1,5})?)\b/gi;
const PROTOCOLS = ['ICMP', 'RPC', 'DCOM', 'TFTP', 'WebDAV', 'HTTP', 'SMB', 'FTP', 'LSASS'];
const PATCH = /\bMS\d{2}-\d{3}\b/g;

/** Ports, protocols and patches written in a detection signature. */
export function signatureIndicators(signature: string): {
  ports: WarpPort[];
  protocols: string[];
  patches: string[];
} {
  const ports = [...signature.matchAll(PORT)].map((m) => ({
    protocol: m[1].toUpperCase() as WarpPort['protocol'],
    port: m[2].replace(/\s+/g, ''),
  }));
  const protocols = PROTOCOLS.filter((p) => new RegExp(`\\b${p}\\b`, 'i').test(signature));
  const patches = [...signature.matchAll(PATCH)].map((m) => m[0]);
  return { ports, protocols, patches };
}

/** The threat's own name in a signature: what comes before the first colon. */
export function signatureName(signature: string): string | null {
  const name = signature.split(':')[0].trim();
  return name.length > 0 && name.length <= 80 ? name : null;
}

export function uniquePorts(ports: readonly WarpPort[]): WarpPort[] {
  const seen = new Map<string, WarpPort>();
  for (const p of ports) seen.set(`${p.protocol} ${p.port}`, p);
  return [...seen.values()];
}
