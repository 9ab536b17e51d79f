import { CLOSED_LAN_PHASES } from '@cordon/domain';

const CLOSED = `(${CLOSED_LAN_PHASES.map((p) => `'${p}'`).join(', ')})`;

/**
 * The domain's channel routing (`routeRecipient`) in SQL, shared by the preview and the
 * send so they cannot drift: over recipients `r` (`email`, `mobile`, `sms_consent`,
 * `lan_phase`: the phase of their LAN when it is closed, else null) and the requested
 * channels in parameter `channels` (a placeholder such as `$2`), one row per delivery:
 * `ch`, `e.reason` (null when it is sent, else the skip reason: `lan_closed` for email
 * on a closed LAN) and `e.address`. A recipient on a closed LAN gets SMS whether or not
 * it was asked for. An integration test holds this and the domain to one answer.
 */
export const routingSql = (channels: string): string => `CROSS JOIN LATERAL unnest(
    CASE WHEN r.lan_phase IN ${CLOSED} AND NOT ('sms' = ANY(${channels}::text[]))
         THEN ${channels}::text[] || ARRAY['sms']::text[]
         ELSE ${channels}::text[] END) AS ch
  CROSS JOIN LATERAL (
    SELECT CASE
             WHEN ch = 'email' AND r.lan_phase IN ${CLOSED} THEN 'lan_closed'
             WHEN ch = 'email' THEN CASE WHEN coalesce(r.email, '') = '' THEN 'no_email' END
             ELSE CASE
               WHEN coalesce(r.mobile, '') = '' THEN 'no_mobile'
               WHEN r.mobile !~ '^\\+[1-9][0-9]{7,14}$' THEN 'invalid_mobile'
               WHEN NOT r.sms_consent THEN 'no_sms_consent'
             END
           END AS reason,
           CASE ch WHEN 'email' THEN r.email ELSE r.mobile END AS address
  ) e`;

/** SQL: is recipient `r` on a closed LAN? */
export const ON_CLOSED_LAN = `r.lan_phase IN ${CLOSED}`;

/**
 * Audience rows `a` (the directory's selection) with `lan_phase` from the closed LANs
 * given as two parallel parameters (codes, phases), as `r` for `routingSql`.
 */
export const withLanPhase = (codes: string, phases: string): string =>
  `SELECT a.*, net.phase AS lan_phase FROM a
   LEFT JOIN unnest(${codes}::text[], ${phases}::text[]) AS net(code, phase) ON net.code = a.lan_code`;
