import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@cordon/auth';
import { CsvImporter } from './csv-import';
import { ContactReadinessController } from './contact-readiness.controller';
import { ContactReadinessRepository } from './contact-readiness.repository';
import { ContactReadinessService } from './contact-readiness.service';
import { DepartmentsService } from './departments.service';
import { DirectoryController } from './directory.controller';
import { DirectoryLookup } from './directory-lookup.service';
import { DirectoryAccess } from './ldap/directory-access';
import { DirectorySyncController } from './ldap/directory-sync.controller';
import { DIRECTORY_ENTITIES } from './entities';
import { DirectorySyncRepository } from './ldap/directory-sync.repository';
import { DirectorySyncService } from './ldap/directory-sync.service';
import { LdapReader } from './ldap/ldap-reader';
import { LansController } from './lans.controller';
import { LansService } from './lans.service';
import { OrgChartRepository } from './org-chart.repository';
import { SitesService } from './sites.service';
import { SmsConsent } from './sms-consent.service';
import { StaffImportService } from './staff-import.service';
import { StaffController } from './staff.controller';
import { StaffAudience } from './staff-audience.service';
import { StaffAudienceRepository } from './staff-audience.repository';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';
import { SupportUnitsService } from './support-units.service';

/** Departments, support units, sites, LANs and staff. */
@Module({
  imports: [TypeOrmModule.forFeature(DIRECTORY_ENTITIES), AuthModule],
  controllers: [
    DirectoryController,
    LansController,
    StaffController,
    ContactReadinessController,
    DirectorySyncController,
  ],
  providers: [
    ContactReadinessRepository,
    ContactReadinessService,
    OrgChartRepository,
    StaffRepository,
    StaffAudienceRepository,
    CsvImporter,
    DepartmentsService,
    SupportUnitsService,
    SitesService,
    LansService,
    StaffService,
    StaffImportService,
    DirectoryLookup,
    StaffAudience,
    SmsConsent,
    LdapReader,
    DirectoryAccess,
    DirectorySyncRepository,
    DirectorySyncService,
  ],
  exports: [
    CsvImporter,
    DirectoryLookup,
    DepartmentsService,
    LansService,
    StaffService,
    StaffImportService,
    StaffAudience,
    SmsConsent,
    DirectorySyncService,
  ],
})
export class DirectoryModule {}
