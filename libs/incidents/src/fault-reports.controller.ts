import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FaultReportAnswer, FaultReportView, Page } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiPage, ApiProblems, ApiView } from '@cordon/platform';
import { FaultReportDto, FaultReportQueryDto } from './dto/fault-report.dto';
import { FaultReportsService } from './fault-reports.service';

@ApiTags('fault reports')
@ApiBearerAuth()
@Controller('fault-reports')
export class FaultReportsController {
  constructor(private readonly faults: FaultReportsService) {}

  @Post()
  @ApiOperation({
    summary: 'Matched to the incident covering the LAN or site; answered with its status',
  })
  @ApiView('FaultReportAnswer', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unauthorized', 'unprocessable')
  report(@Body() dto: FaultReportDto, @CurrentUser() user: AuthUser): Promise<FaultReportAnswer> {
    return this.faults.report(dto, user);
  }

  @Get()
  @Roles('owner', 'command')
  @ApiPage('FaultReportView')
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden')
  list(
    @Query() query: FaultReportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<FaultReportView>> {
    return this.faults.list(query, user);
  }
}
