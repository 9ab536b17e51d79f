export * from './inventory.module';
export * from './baseline.service';
export * from './devices.service';
export * from './device-import.service';
export * from './device-records.service';
export * from './compliance.service';
export { INVENTORY_ENTITIES } from './entities';
