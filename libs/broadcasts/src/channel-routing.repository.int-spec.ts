import { DataSource } from 'typeorm';
import type { LanPhase } from '@cordon/contracts';
import { Channel, Contact, routeRecipient, RoutedDelivery } from '@cordon/domain';
import { createTestDatabase, TestDatabase } from '@cordon/platform/testing';
import { routingSql } from './channel-routing.repository';

interface Case {
  contact: Contact;
  lanPhase: LanPhase | null;
}

const emails = ['ann@council.example', null];
const mobiles = ['+447700900123', '07700900123', null];
const phases: (LanPhase | null)[] = [null, 'planned', 'shut_down', 'cleaning', 'reopened'];
const CASES: Case[] = emails.flatMap((email) =>
  mobiles.flatMap((mobile) =>
    [true, false].flatMap((smsConsent) =>
      phases.map((lanPhase) => ({ contact: { email, mobile, smsConsent }, lanPhase })),
    ),
  ),
);
const REQUESTS: Channel[][] = [['email'], ['sms'], ['email', 'sms']];

/**
 * The preview and the send route deliveries with `routingSql`; the domain states the
 * rule as `routeRecipient`. Every combination of contact, LAN phase and channels asked
 * for gets the same deliveries from both, in the same order.
 */
describe('routingSql', () => {
  let db: TestDatabase | undefined;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it.each(REQUESTS.map((r) => [r.join('+'), r] as const))(
    'routes as the domain does when %s is asked for',
    async (_name, requested) => {
      const rows: { k: number; ch: Channel; reason: string | null; address: string | null }[] =
        await ds.query(
          `SELECT r.k, ch, e.reason, CASE WHEN e.reason IS NULL THEN e.address END AS address
           FROM unnest($2::int[], $3::text[], $4::text[], $5::boolean[], $6::text[])
             AS r(k, email, mobile, sms_consent, lan_phase)
           ${routingSql('$1')}
           ORDER BY r.k, ch`,
          [
            requested,
            CASES.map((_c, k) => k),
            CASES.map((c) => c.contact.email),
            CASES.map((c) => c.contact.mobile),
            CASES.map((c) => c.contact.smsConsent),
            CASES.map((c) => c.lanPhase),
          ],
        );
      const sql = CASES.map((_c, k) =>
        rows
          .filter((r) => r.k === k)
          .map(
            (r): RoutedDelivery =>
              ({ channel: r.ch, address: r.address, reason: r.reason }) as RoutedDelivery,
          ),
      );
      const domain = CASES.map((c) => routeRecipient({ requested, ...c }).deliveries);
      expect(sql).toEqual(domain);
      // the table holds what the rule is about
      expect(domain.flat().some((d) => d.reason === 'lan_closed')).toBe(
        requested.includes('email'),
      );
    },
  );
});
