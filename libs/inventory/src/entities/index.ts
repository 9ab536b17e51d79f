import { BaselineEntity } from './baseline.entity';
import { DeviceEntity } from './device.entity';

export const INVENTORY_ENTITIES = [DeviceEntity, BaselineEntity];
