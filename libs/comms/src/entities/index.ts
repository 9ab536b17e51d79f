import { BroadcastRecipientEntity } from './broadcast-recipient.entity';
import { BroadcastEntity } from './broadcast.entity';
import { DeliveryEntity } from './delivery.entity';
import { SmsReplyEntity } from './sms-reply.entity';
import { SmsStatusCallbackEntity } from './sms-status-callback.entity';

export {
  BroadcastEntity,
  BroadcastRecipientEntity,
  DeliveryEntity,
  SmsReplyEntity,
  SmsStatusCallbackEntity,
};
export type { BroadcastContext } from './broadcast.entity';

export const COMMS_ENTITIES = [
  BroadcastEntity,
  BroadcastRecipientEntity,
  DeliveryEntity,
  SmsStatusCallbackEntity,
  SmsReplyEntity,
];
