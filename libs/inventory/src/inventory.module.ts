import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@cordon/directory';
import { BaselineService } from './baseline.service';
import { ComplianceService } from './compliance.service';
import { DeviceImportService } from './device-import.service';
import { DeviceRecordsService } from './device-records.service';
import { DevicesService } from './devices.service';
import { INVENTORY_ENTITIES } from './entities';
import { InventoryController } from './inventory.controller';

/** Devices, the standard build (baseline) and compliance against it. */
@Module({
  imports: [TypeOrmModule.forFeature(INVENTORY_ENTITIES), DirectoryModule],
  controllers: [InventoryController],
  providers: [
    BaselineService,
    DevicesService,
    DeviceImportService,
    ComplianceService,
    DeviceRecordsService,
  ],
  exports: [
    BaselineService,
    DevicesService,
    DeviceImportService,
    ComplianceService,
    DeviceRecordsService,
  ],
})
export class InventoryModule {}
