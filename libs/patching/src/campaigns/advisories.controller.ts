import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdvisoryView, Page } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, PageQueryDto, UuidParam } from '@cordon/platform';
import { AdvisoriesService } from './advisories.service';
import { AdvisoryDto, UpdateAdvisoryDto } from './advisory.dto';

@ApiTags('patching')
@ApiBearerAuth()
@Controller('advisories')
export class AdvisoriesController {
  constructor(private readonly advisories: AdvisoriesService) {}

  @Get()
  @Roles('owner', 'command', 'itu')
  @ApiOperation({ summary: 'Advisories, newest first' })
  @ApiPage('AdvisoryView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(@Query() query: PageQueryDto, @CurrentUser() user: AuthUser): Promise<Page<AdvisoryView>> {
    return this.advisories.list(query, user);
  }

  @Post()
  @Roles('owner', 'command')
  @ApiOperation({
    summary: 'Records an advisory: its identifier, severity, affected builds, patch',
  })
  @ApiView('AdvisoryView', 201)
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'conflict')
  create(@Body() dto: AdvisoryDto, @CurrentUser() user: AuthUser): Promise<AdvisoryView> {
    return this.advisories.create(dto, user);
  }

  @Get(':id')
  @Roles('owner', 'command', 'itu')
  @ApiView('AdvisoryView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<AdvisoryView> {
    return this.advisories.get(id, user);
  }

  @Patch(':id')
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Changes the fields given' })
  @ApiView('AdvisoryView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'conflict')
  update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateAdvisoryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AdvisoryView> {
    return this.advisories.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('owner', 'command')
  @ApiOperation({ summary: 'Deletes an advisory no campaign has used; 409 conflict otherwise' })
  @ApiNoContentResponse()
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found', 'conflict')
  remove(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.advisories.remove(id, user);
  }
}
