import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { DepartmentView, Page, SiteView, SupportUnitView } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, PageQueryDto, UuidParam } from '@cordon/platform';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto } from './dto/department.dto';
import { CreateSiteDto } from './dto/site.dto';
import { CreateSupportUnitDto, SupportUnitQueryDto } from './dto/support-unit.dto';
import { SitesService } from './sites.service';
import { SupportUnitsService } from './support-units.service';

/** The organisation: departments, their support units, and sites. Admins write; readers read. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly units: SupportUnitsService,
    private readonly sites: SitesService,
  ) {}

  @Post('departments')
  @Roles('admin')
  @ApiView('DepartmentView', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'conflict')
  createDepartment(
    @Body() dto: CreateDepartmentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DepartmentView> {
    return this.departments.create(dto, user);
  }

  @Get('departments')
  @Roles('owner', 'command', 'itu')
  @ApiPage('DepartmentView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  listDepartments(
    @Query() query: PageQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<DepartmentView>> {
    return this.departments.list(query, user);
  }

  @Get('departments/:id')
  @Roles('owner', 'command', 'itu')
  @ApiView('DepartmentView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  getDepartment(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<DepartmentView> {
    return this.departments.get(id, user);
  }

  @Post('support-units')
  @Roles('admin')
  @ApiView('SupportUnitView', 201)
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'conflict',
    'unprocessable',
  )
  createUnit(
    @Body() dto: CreateSupportUnitDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SupportUnitView> {
    return this.units.create(dto, user);
  }

  @Get('support-units')
  @Roles('owner', 'command', 'itu')
  @ApiPage('SupportUnitView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  listUnits(
    @Query() query: SupportUnitQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<SupportUnitView>> {
    return this.units.list(query, user);
  }

  @Post('sites')
  @Roles('admin')
  @ApiView('SiteView', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'conflict')
  createSite(@Body() dto: CreateSiteDto, @CurrentUser() user: AuthUser): Promise<SiteView> {
    return this.sites.create(dto, user);
  }

  @Get('sites')
  @Roles('owner', 'command', 'itu')
  @ApiPage('SiteView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  listSites(@Query() query: PageQueryDto, @CurrentUser() user: AuthUser): Promise<Page<SiteView>> {
    return this.sites.list(query, user);
  }
}
