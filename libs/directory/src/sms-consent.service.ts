import { Injectable } from '@nestjs/common';
import { DIRECTORY_STREAM } from '@cordon/auth';
import type { SpineTransaction } from '@cordon/platform';

export interface ConsentChange {
  staffIds: string[];
  names: string[];
}

/**
 * A person's consent to SMS, changed by what they text back (STOP, START): every staff
 * record with that mobile number, in the caller's transaction, with one
 * `staff.sms_consent_changed` event on the directory stream when anything changed.
 * Later broadcasts read the consent as stored and skip them (`no_sms_consent`).
 */
@Injectable()
export class SmsConsent {
  async setByMobile(
    tx: SpineTransaction,
    mobile: string,
    consent: boolean,
    via: string,
  ): Promise<ConsentChange> {
    const rows: { id: string; name: string }[] = await tx.manager.query(
      `WITH changed AS (
         UPDATE staff SET sms_consent = $2, updated_at = now()
         WHERE mobile = $1 AND sms_consent <> $2
         RETURNING id, name
       ) SELECT id, name FROM changed ORDER BY id`,
      [mobile, consent],
    );
    const change = { staffIds: rows.map((r) => r.id), names: rows.map((r) => r.name) };
    if (rows.length)
      await tx.append(DIRECTORY_STREAM, 'staff.sms_consent_changed', {
        ...change,
        smsConsent: consent,
        via,
      });
    return change;
  }
}
