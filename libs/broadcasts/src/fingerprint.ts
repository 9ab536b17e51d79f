import { createHash } from 'node:crypto';
import { BroadcastRequest, canonicalRequest } from '@cordon/domain';

/** The fingerprint stored with an Idempotency-Key: SHA-256 of the canonical request, hex. */
export const requestFingerprint = (request: BroadcastRequest): string =>
  createHash('sha256').update(canonicalRequest(request)).digest('hex');
