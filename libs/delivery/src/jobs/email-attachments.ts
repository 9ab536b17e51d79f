import type { OutgoingMail } from '@cordon/platform';

/** A file a delivery's email carries: text made when the email is sent. */
export type EmailAttachment = NonNullable<OutgoingMail['attachments']>[number];

/** The delivery an email is being sent for. */
export interface AttachmentRequest {
  broadcastId: string;
  recipientId: string;
}

/**
 * What a delivery's email carries besides its text, asked of whichever feature provides
 * `EMAIL_ATTACHMENTS` (the printable plan attached to the owner's reminder, libs/reports).
 * Without a provider an email carries none. A provider answers [] for a broadcast it does
 * not know; its failure fails the attempt like a send would (the job is retried).
 */
export interface EmailAttachments {
  forDelivery(request: AttachmentRequest): Promise<EmailAttachment[]>;
}

export const EMAIL_ATTACHMENTS = Symbol('EMAIL_ATTACHMENTS');
