import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { ImportResult, Page, StaffView } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView, UuidParam } from '@cordon/platform';
import { ImportQueryDto, StaffQueryDto } from './dto/staff.dto';
import { StaffImportService } from './staff-import.service';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly importer: StaffImportService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'name,email,mobile,department,site,lan\n' } })
  @ApiView('ImportResult')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  import(
    @Body() csv: string,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportResult> {
    return this.importer.import(csv, user, query);
  }

  @Get()
  @Roles('owner', 'command', 'itu')
  @ApiPage('StaffView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(@Query() query: StaffQueryDto, @CurrentUser() user: AuthUser): Promise<Page<StaffView>> {
    return this.staff.list(query, user);
  }

  @Get(':id')
  @Roles('owner', 'command', 'itu')
  @ApiView('StaffView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<StaffView> {
    return this.staff.get(id, user);
  }
}
