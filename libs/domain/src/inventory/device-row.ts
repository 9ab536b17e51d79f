import { isDeviceHealth, DeviceHealth, normalisePatch } from '../compliance/compliance';
import { normaliseCode } from '../directory/contact';
import type { LanRef, RowResult } from '../directory/staff-row';
import {
  formatIpv4,
  ipInCidr,
  normaliseHostname,
  normaliseMac,
  parseCidr,
  parseIpv4,
} from './network';

/**
 * The device CSV: `hostname,ip,lan,department,os,patches,avProduct,avSignatureDate`
 * (`patches` separated by `;`), and optionally `mac` and `health`.
 */
export const DEVICE_COLUMNS = {
  required: [
    'hostname',
    'ip',
    'lan',
    'department',
    'os',
    'patches',
    'avProduct',
    'avSignatureDate',
  ] as const,
  optional: ['mac', 'health'] as const,
};
export type DeviceColumn =
  (typeof DEVICE_COLUMNS.required)[number] | (typeof DEVICE_COLUMNS.optional)[number];

export interface InventoryLookups {
  departments: ReadonlyMap<string, string>;
  lans: ReadonlyMap<string, LanRef>;
}

export interface DeviceRow {
  hostname: string;
  ip: string | null;
  mac: string | null;
  lanId: string;
  departmentId: string;
  os: string | null;
  patches: string[];
  avProduct: string | null;
  avSignatureDate: string | null;
  /** null when the file has no health column: an existing health is kept. */
  health: DeviceHealth | null;
}

const PATCH = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Patch names from `MS03-026; ms03-039`: trimmed, upper-cased, unique, sorted; or the bad ones. */
export function parsePatchList(raw: string): { patches: string[]; bad: string[] } {
  const names = raw.split(';').map(normalisePatch).filter(Boolean);
  const bad = names.filter((p) => !PATCH.test(p));
  return { patches: [...new Set(names)].sort(), bad };
}

/** One line of a device CSV against the LANs and departments; every problem in one reason. */
export function validateDeviceRow(
  values: Partial<Record<DeviceColumn, string>>,
  lookups: InventoryLookups,
): RowResult<DeviceRow> {
  const problems: string[] = [];
  const hostname = normaliseHostname(values.hostname ?? '');
  if (!values.hostname) problems.push('hostname is empty');
  else if (!hostname) problems.push(`hostname "${values.hostname}" is not a host name`);

  const code = normaliseCode(values.lan ?? '');
  const lan = code ? lookups.lans.get(code) : undefined;
  if (!values.lan) problems.push('lan is empty');
  else if (!lan) problems.push(`lan "${values.lan}" does not exist`);

  let ip: string | null = null;
  if (values.ip) {
    const address = parseIpv4(values.ip);
    if (address === null) problems.push(`ip "${values.ip}" is not an IPv4 address`);
    else {
      ip = formatIpv4(address);
      const cidr = lan?.cidr ? parseCidr(lan.cidr) : null;
      if (cidr?.ok && !ipInCidr(address, cidr.cidr)) {
        problems.push(`ip ${values.ip} is outside lan "${values.lan}" (${cidr.cidr.text})`);
      }
    }
  }

  let departmentId = lan?.departmentId;
  if (values.department) {
    const dept = normaliseCode(values.department);
    departmentId = dept ? lookups.departments.get(dept) : undefined;
    if (!departmentId) problems.push(`department "${values.department}" does not exist`);
  }

  const { patches, bad } = parsePatchList(values.patches ?? '');
  if (bad.length)
    problems.push(`patches ${bad.map((p) => `"${p}"`).join(', ')} are not patch names`);

  const avProduct = values.avProduct || null;
  const avSignatureDate = values.avSignatureDate || null;
  if (avSignatureDate && !isIsoDate(avSignatureDate)) {
    problems.push(`avSignatureDate "${avSignatureDate}" is not a date (YYYY-MM-DD)`);
  } else if (avSignatureDate && !avProduct) {
    problems.push('avSignatureDate is given but avProduct is empty');
  }
  if (avProduct && avProduct.length > 100) problems.push('avProduct is longer than 100 characters');
  const os = values.os || null;
  if (os && os.length > 100) problems.push('os is longer than 100 characters');

  let mac: string | null = null;
  if (values.mac) {
    mac = normaliseMac(values.mac);
    if (!mac) problems.push(`mac "${values.mac}" is not a MAC address`);
  }

  let health: DeviceHealth | null = null;
  if (values.health !== undefined) {
    const given = values.health.toLowerCase() || 'unknown';
    if (isDeviceHealth(given)) health = given;
    else
      problems.push(
        `health "${values.health}" is not one of unknown, vulnerable, infected, isolated, clean`,
      );
  }

  if (problems.length || !hostname || !lan || !departmentId) {
    return { ok: false, reason: problems.join('; ') };
  }
  return {
    ok: true,
    row: {
      hostname,
      ip,
      mac,
      lanId: lan.id,
      departmentId,
      os,
      patches,
      avProduct,
      avSignatureDate,
      health,
    },
  };
}
