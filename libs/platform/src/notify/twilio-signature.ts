import twilio from 'twilio';

/**
 * Checks `X-Twilio-Signature` of a webhook with twilio's own validator: `url` is the full
 * URL Twilio posted to (as configured there, query string included), `params` the
 * form-decoded body. False for a missing or wrong signature.
 */
export function validateTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Record<string, string | string[]>,
): boolean {
  if (!signature) return false;
  try {
    return twilio.validateRequest(authToken, signature, url, params);
  } catch {
    return false;
  }
}
