/**
 * What a sender throws when a message did not go out. The queue retries a
 * TransientSendError (with backoff) and fails the delivery on a PermanentSendError,
 * storing `reason`. Anything else a sender throws is a bug, not a provider answer.
 */
export abstract class SendError extends Error {
  abstract readonly transient: boolean;

  constructor(
    /** One line for people: what the provider said, with its code. */
    readonly reason: string,
    /** The provider's own code: an SMTP reply code, a Twilio error code, a socket code. */
    readonly providerCode: string | number | null,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

export class TransientSendError extends SendError {
  override readonly name = 'TransientSendError';
  readonly transient = true;

  constructor(
    reason: string,
    providerCode: string | number | null,
    /**
     * True when the request may have reached the provider before it failed (a timeout or
     * a connection dropped after sending). An SMS must then be looked up with
     * `SmsSender.findRecent` before it is sent again; an email is resent with the same
     * Message-ID.
     */
    readonly outcomeUnknown: boolean,
    options?: { cause?: unknown },
  ) {
    super(reason, providerCode, options);
  }
}

export class PermanentSendError extends SendError {
  override readonly name = 'PermanentSendError';
  readonly transient = false;
}

export function isSendError(err: unknown): err is SendError {
  return err instanceof SendError;
}
