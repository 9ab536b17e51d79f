import { Injectable } from '@nestjs/common';
import { DIRECTORY_STREAM } from '@cordon/auth';
import type { SpineTransaction } from '@cordon/platform';
import { StaffRepository } from './staff.repository';

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
  constructor(private readonly staff: StaffRepository) {}

  async setByMobile(
    tx: SpineTransaction,
    mobile: string,
    consent: boolean,
    via: string,
  ): Promise<ConsentChange> {
    const rows = await this.staff.setConsentByMobile(tx.manager, mobile, consent);
    const change = { staffIds: rows.map((r) => r.id), names: rows.map((r) => r.name) };
    if (rows.length)
      tx.append(DIRECTORY_STREAM, 'staff.sms_consent_changed', {
        ...change,
        smsConsent: consent,
        via,
      });
    return change;
  }
}
