/**
 * The domain's channel eligibility (`channelEligibility`) in SQL, for set-based inserts:
 * `reason` is null when recipient `r` can be reached on channel `ch`, else the skip
 * reason; `address` is where to send. An integration test holds both to one answer.
 */
export const ELIGIBILITY_SQL = `CROSS JOIN LATERAL (
    SELECT CASE ch
             WHEN 'email' THEN CASE WHEN coalesce(r.email, '') = '' THEN 'no_email' END
             ELSE CASE
               WHEN coalesce(r.mobile, '') = '' THEN 'no_mobile'
               WHEN r.mobile !~ '^\\+[1-9][0-9]{7,14}$' THEN 'invalid_mobile'
               WHEN NOT r.sms_consent THEN 'no_sms_consent'
             END
           END AS reason,
           CASE ch WHEN 'email' THEN r.email ELSE r.mobile END AS address
  ) e`;
