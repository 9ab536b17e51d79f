import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsService } from './departments.service';
import { DirectoryController } from './directory.controller';
import { DirectoryLookup } from './directory-lookup.service';
import { DIRECTORY_ENTITIES } from './entities';
import { LansController } from './lans.controller';
import { LansService } from './lans.service';
import { SitesService } from './sites.service';
import { SmsConsent } from './sms-consent.service';
import { StaffImportService } from './staff-import.service';
import { StaffController } from './staff.controller';
import { StaffAudience } from './staff-audience.service';
import { StaffService } from './staff.service';
import { SupportUnitsService } from './support-units.service';

/** Departments, support units, sites, LANs and staff. */
@Module({
  imports: [TypeOrmModule.forFeature(DIRECTORY_ENTITIES)],
  controllers: [DirectoryController, LansController, StaffController],
  providers: [
    DepartmentsService,
    SupportUnitsService,
    SitesService,
    LansService,
    StaffService,
    StaffImportService,
    DirectoryLookup,
    StaffAudience,
    SmsConsent,
  ],
  exports: [
    DirectoryLookup,
    DepartmentsService,
    LansService,
    StaffService,
    StaffImportService,
    StaffAudience,
    SmsConsent,
  ],
})
export class DirectoryModule {}
