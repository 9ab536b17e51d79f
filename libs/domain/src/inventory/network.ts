/** IPv4 addresses and CIDR blocks, as plain numbers (no library). */

export function parseIpv4(raw: string): number | null {
  const parts = raw.trim().split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part.startsWith('0'))) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

export const formatIpv4 = (value: number): string =>
  [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

export interface Cidr {
  network: number;
  prefix: number;
  text: string;
}

export type CidrResult = { ok: true; cidr: Cidr } | { ok: false; reason: string };

const maskOf = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** `10.20.1.0/24`. A block with host bits set is refused, naming the block that was meant. */
export function parseCidr(raw: string): CidrResult {
  const match = /^([^/]+)\/(\d{1,2})$/.exec(raw.trim());
  const address = match ? parseIpv4(match[1]) : null;
  const prefix = match ? Number(match[2]) : NaN;
  if (address === null || !(prefix >= 0 && prefix <= 32)) {
    return { ok: false, reason: 'must be an IPv4 block such as 10.20.1.0/24' };
  }
  const network = (address & maskOf(prefix)) >>> 0;
  if (network !== address) {
    return {
      ok: false,
      reason: `has host bits set; the block is ${formatIpv4(network)}/${prefix}`,
    };
  }
  return { ok: true, cidr: { network, prefix, text: `${formatIpv4(network)}/${prefix}` } };
}

export function ipInCidr(ip: number, cidr: Cidr): boolean {
  return (ip & maskOf(cidr.prefix)) >>> 0 === cidr.network;
}

const MAC = /^[0-9a-f]{2}([:-]?)[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;

/** A MAC address as lower-case colon pairs, or null. */
export function normaliseMac(raw: string): string | null {
  const value = raw.trim();
  if (!MAC.test(value)) return null;
  const hex = value.replace(/[:-]/g, '').toLowerCase();
  return [0, 2, 4, 6, 8, 10].map((i) => hex.slice(i, i + 2)).join(':');
}

const HOSTNAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** A host name, lower-cased (names are case-insensitive), or null. */
export function normaliseHostname(raw: string): string | null {
  const name = raw.trim().toLowerCase();
  return name.length <= 253 && HOSTNAME.test(name) ? name : null;
}
