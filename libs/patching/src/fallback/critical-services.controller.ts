import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {
  CriticalServiceView,
  EligibleOwnerView,
  FallbackAttachmentView,
  Page,
} from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { CreateCriticalServiceDto, UpdateCriticalServiceDto } from './critical-service.dto';
import { CriticalServicesService } from './critical-services.service';
import { FallbackAttachmentsService } from './fallback-attachments.service';

@ApiTags('critical services')
@ApiBearerAuth()
@Controller()
export class CriticalServicesController {
  constructor(
    private readonly services: CriticalServicesService,
    private readonly attachments: FallbackAttachmentsService,
  ) {}

  @Get('critical-services')
  @Roles('owner', 'command', 'itu')
  @ApiPage('CriticalServiceView')
  @ApiProblems('unauthorized', 'forbidden')
  list(@CurrentUser() user: AuthUser): Promise<Page<CriticalServiceView>> {
    return this.services.list(user);
  }

  @Get('critical-services/deciders')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Active users who may decide a fall-back (owner or command role)' })
  @ApiPage('EligibleOwnerView')
  @ApiProblems('unauthorized', 'forbidden')
  deciders(): Promise<Page<EligibleOwnerView>> {
    return this.services.deciders();
  }

  @Get('critical-services/:id')
  @Roles('owner', 'command', 'itu')
  @ApiView('CriticalServiceView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<CriticalServiceView> {
    return this.services.get(id, user);
  }

  @Post('critical-services')
  @Roles('owner', 'command')
  @ApiView('CriticalServiceView', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'forbidden', 'conflict')
  create(
    @Body() dto: CreateCriticalServiceDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CriticalServiceView> {
    return this.services.create(dto, user);
  }

  @Put('critical-services/:id')
  @Roles('owner', 'command')
  @ApiView('CriticalServiceView')
  @ApiProblems(
    'validation_failed',
    'malformed_json',
    'unauthorized',
    'forbidden',
    'not_found',
    'conflict',
  )
  update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateCriticalServiceDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CriticalServiceView> {
    return this.services.update(id, dto, user);
  }

  @Delete('critical-services/:id')
  @HttpCode(204)
  @Roles('owner', 'command')
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  remove(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.services.remove(id, user);
  }

  @Get('incidents/:id/fallback')
  @Roles('owner', 'command', 'itu')
  @ApiView('FallbackAttachmentView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  fallback(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<FallbackAttachmentView> {
    return this.attachments.get(id, user);
  }
}
