import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type {
  BaselineView,
  ComplianceSummary,
  DeviceView,
  ImportResult,
  Page,
} from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ImportQueryDto } from '@cordon/directory';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { BaselineService } from './baseline.service';
import { ComplianceService } from './compliance.service';
import { DeviceImportService } from './device-import.service';
import { DevicesService } from './devices.service';
import { PutBaselineDto } from './dto/baseline.dto';
import { ComplianceQueryDto, DeviceQueryDto } from './dto/device.dto';

@ApiTags('inventory')
@ApiBearerAuth()
@Controller()
export class InventoryController {
  constructor(
    private readonly devices: DevicesService,
    private readonly importer: DeviceImportService,
    private readonly baselines: BaselineService,
    private readonly compliance: ComplianceService,
  ) {}

  @Post('devices/import')
  @HttpCode(200)
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example: 'hostname,ip,lan,department,os,patches,avProduct,avSignatureDate\n',
    },
  })
  @ApiView('ImportResult')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  importDevices(
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportResult> {
    return this.importer.import(csv, user, query);
  }

  @Get('devices')
  @Roles('owner', 'command', 'itu')
  @ApiPage('DeviceView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  listDevices(
    @Query() query: DeviceQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<DeviceView>> {
    return this.devices.list(query, user);
  }

  @Get('devices/:id')
  @Roles('owner', 'command', 'itu')
  @ApiView('DeviceView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  getDevice(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<DeviceView> {
    return this.devices.get(id, user);
  }

  @Put('baseline')
  @Roles('admin')
  @ApiView('BaselineView')
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden')
  putBaseline(@Body() dto: PutBaselineDto, @CurrentUser() user: AuthUser): Promise<BaselineView> {
    return this.baselines.put(dto, user);
  }

  @Get('baseline')
  @Roles('owner', 'command', 'itu')
  @ApiView('BaselineView')
  @ApiProblems('unauthorized', 'forbidden')
  getBaseline(@CurrentUser() user: AuthUser): Promise<BaselineView> {
    return this.baselines.get(user);
  }

  @Get('compliance')
  @Roles('owner', 'command', 'itu')
  @ApiView('ComplianceSummary')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  summary(
    @Query() query: ComplianceQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ComplianceSummary> {
    return this.compliance.summary(query, user);
  }
}
