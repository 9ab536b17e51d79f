import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { Client, type Entry } from 'ldapts';
import { type DirectoryEntry, DomainError } from '@cordon/domain';
import type { LdapConfig } from '@cordon/platform';

/** AD's objectGUID in its usual text form: the first three groups little-endian. */
export function guidText(bytes: Buffer): string {
  if (bytes.length !== 16) return bytes.toString('hex');
  const hex = (from: number, to: number, reverse: boolean): string => {
    const part = [...bytes.subarray(from, to)];
    return (reverse ? part.reverse() : part).map((b) => b.toString(16).padStart(2, '0')).join('');
  };
  return [
    hex(0, 4, true),
    hex(4, 6, true),
    hex(6, 8, true),
    hex(8, 10, false),
    hex(10, 16, false),
  ].join('-');
}

type Value = Entry[string];

function values(value: Value | undefined): (string | Buffer)[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first value of an attribute as text (binary ids as a GUID), null when absent or blank. */
function first(value: Value | undefined): string | null {
  const [head] = values(value);
  if (head === undefined) return null;
  const text = Buffer.isBuffer(head) ? guidText(head) : head;
  return text.trim() === '' ? null : text;
}

/** An entry's mapped attributes (servers may spell attribute names in any case). */
export function toDirectoryEntry(entry: Entry, config: LdapConfig): DirectoryEntry {
  const byName = new Map(Object.entries(entry).map(([k, v]) => [k.toLowerCase(), v]));
  const get = (name: string) => byName.get(name.toLowerCase());
  const attrs = config.attributes;
  const name = attrs.name.map((n) => first(get(n))).find((v) => v !== null) ?? null;
  return {
    dn: entry.dn,
    id: first(get(attrs.id)),
    name,
    mail: first(get(attrs.mail)),
    mobile: first(get(attrs.mobile)),
    department: first(get(attrs.department)),
    site: first(get(attrs.site)),
    lan: attrs.lan ? first(get(attrs.lan)) : null,
    groups: values(get(attrs.groups)).map((g) => (Buffer.isBuffer(g) ? g.toString() : g)),
  };
}

/**
 * Reads the directory with ldapts: binds as the service account, then a paged search
 * (Active Directory answers at most 1,000 entries a page) for the configured filter
 * under the base DN, asking only for the mapped attributes. A server that cannot be
 * reached or refuses the bind is a 503 `unavailable` naming the URL, never the password.
 */
@Injectable()
export class LdapReader {
  async read(config: LdapConfig): Promise<DirectoryEntry[]> {
    const tlsOptions: ConnectionOptions = {
      rejectUnauthorized: config.tls.rejectUnauthorized,
      ...(config.tls.caFile ? { ca: readFileSync(config.tls.caFile) } : {}),
    };
    const client = new Client({
      url: config.url,
      timeout: config.timeoutMs,
      connectTimeout: config.timeoutMs,
      // ldapts speaks TLS from the start whenever it is given TLS options: only for ldaps://
      ...(config.url.startsWith('ldaps:') ? { tlsOptions } : {}),
    });
    const a = config.attributes;
    const attributes = [...a.name, a.mail, a.mobile, a.department, a.site, a.groups, a.id];
    if (a.lan) attributes.push(a.lan);
    const binary = a.id.toLowerCase() === 'objectguid' ? [a.id] : [];
    try {
      if (config.tls.startTls) await client.startTLS(tlsOptions);
      await client.bind(config.bindDn, config.bindPassword);
      const entries: DirectoryEntry[] = [];
      const pages = client.searchPaginated(config.baseDn, {
        scope: 'sub',
        filter: config.filter,
        attributes,
        explicitBufferAttributes: binary,
        paged: { pageSize: config.pageSize },
      });
      for await (const page of pages)
        for (const entry of page.searchEntries) entries.push(toDirectoryEntry(entry, config));
      return entries;
    } catch (err) {
      throw new DomainError(
        'unavailable',
        `the directory at ${config.url} could not be read: ${(err as Error).message}`,
      );
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }
}
