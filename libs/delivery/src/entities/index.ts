import { SmsReplyEntity } from './sms-reply.entity';
import { SmsStatusCallbackEntity } from './sms-status-callback.entity';

export { SmsReplyEntity, SmsStatusCallbackEntity };

/** What Twilio posts back: status callbacks held until their send is recorded, and replies. */
export const DELIVERY_ENTITIES = [SmsStatusCallbackEntity, SmsReplyEntity];
