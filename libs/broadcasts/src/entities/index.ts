import { BroadcastRecipientEntity } from './broadcast-recipient.entity';
import { BroadcastEntity } from './broadcast.entity';
import { DeliveryEntity } from './delivery.entity';

export { BroadcastEntity, BroadcastRecipientEntity, DeliveryEntity };
export type { BroadcastContext } from './broadcast.entity';

/** A broadcast, its recipients and its deliveries (one per recipient and channel). */
export const BROADCAST_ENTITIES = [BroadcastEntity, BroadcastRecipientEntity, DeliveryEntity];
