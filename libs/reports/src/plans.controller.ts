import { Controller, Get, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { PrintablePlan } from '@cordon/contracts';
import { AuthUser, CurrentUser, Roles } from '@cordon/auth';
import { ApiProblems, schemaRef, UuidParam } from '@cordon/platform';
import { PlanQueryDto } from './dto/plan-query.dto';
import { PrintablePlans } from './printable-plans.service';

const wantsHtml = (accept: string | undefined): boolean =>
  !!accept && /text\/html/.test(accept) && !/application\/json/.test(accept);

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class PlansController {
  constructor(private readonly plans: PrintablePlans) {}

  @Get('incidents/:id/plan')
  @Roles('owner', 'command', 'itu')
  @ApiOperation({
    summary:
      'The printable plan, made from the current state: the incident, its LAN plan with phases and verified devices, tasks per department with their machines, whom to call (the owner, each IT unit), the next update time. `Accept: text/html` or ?format=html the print-ready page (A4; print or save as PDF from the browser). Whoever may read the incident; an ITU member gets their own department’s tasks and IT unit',
  })
  @ApiResponse({
    status: 200,
    description: 'PrintablePlan (JSON) or the print-ready page (text/html)',
    content: {
      'application/json': { schema: schemaRef('PrintablePlan') },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiProblems('validation_failed', 'unauthorized', 'forbidden', 'not_found')
  async plan(
    @UuidParam('id') id: string,
    @Query() query: PlanQueryDto,
    @CurrentUser() user: AuthUser,
    @Headers('accept') accept?: string,
  ): Promise<PrintablePlan | StreamableFile> {
    if ((query.format ?? (wantsHtml(accept) ? 'html' : 'json')) === 'json') {
      return this.plans.plan(user, id);
    }
    const file = await this.plans.file(user, id);
    return new StreamableFile(Buffer.from(file.body, 'utf8'), {
      type: 'text/html; charset=utf-8',
      disposition: `inline; filename="${file.filename}"`,
    });
  }
}
