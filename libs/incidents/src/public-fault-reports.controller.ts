import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FaultReportAnswer } from '@cordon/contracts';
import { Public } from '@cordon/auth';
import { ApiProblems, ApiView, RateLimit } from '@cordon/platform';
import { FaultReportDto } from './dto/fault-report.dto';
import { FaultReportsService } from './fault-reports.service';

/** Room for a floor of staff behind one address reporting at once, not for a flood. */
const FAULT_REPORT_LIMIT = { name: 'status-fault-report', limit: 120, windowSeconds: 60 };

@ApiTags('status')
@Controller('status/fault-reports')
export class PublicFaultReportsController {
  constructor(private readonly faults: FaultReportsService) {}

  @Public()
  @Post()
  @RateLimit(FAULT_REPORT_LIMIT)
  @ApiOperation({
    summary:
      'A fault report from the public status page, without a login (rate limited); same answer as POST /fault-reports',
  })
  @ApiView('FaultReportAnswer', 201)
  @ApiProblems('validation_failed', 'malformed_json', 'unprocessable', 'rate_limited')
  report(@Body() dto: FaultReportDto): Promise<FaultReportAnswer> {
    return this.faults.report(dto, null);
  }
}
