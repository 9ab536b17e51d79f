import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@cordon/directory';
import { BaselineRepository } from './baseline.repository';
import { BaselineService } from './baseline.service';
import { ComplianceService } from './compliance.service';
import { DeviceImportService } from './device-import.service';
import { DeviceRecordsService } from './device-records.service';
import { DevicesRepository } from './devices.repository';
import { DevicesService } from './devices.service';
import { INVENTORY_ENTITIES } from './entities';
import { InventoryController } from './inventory.controller';

/** Devices, the standard build (baseline) and compliance against it. */
@Module({
  imports: [TypeOrmModule.forFeature(INVENTORY_ENTITIES), DirectoryModule],
  controllers: [InventoryController],
  providers: [
    BaselineRepository,
    DevicesRepository,
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
