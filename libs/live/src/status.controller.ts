import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@cordon/auth';
import type { StatusView } from '@cordon/contracts';
import { ApiProblems, ApiView, RateLimit } from '@cordon/platform';
import { StatusService } from './status.service';

@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly status: StatusService) {}

  @Public()
  @Get()
  @RateLimit({ name: 'status', limit: 600, windowSeconds: 60 })
  // Public and the same for everyone: a few seconds in a cache spare the api on the worst day.
  @Header('Cache-Control', 'public, max-age=5')
  @ApiOperation({
    summary: 'Open incidents in plain words, their LANs and phases, the next update time (public)',
  })
  @ApiView('StatusView')
  @ApiProblems('rate_limited')
  current(): Promise<StatusView> {
    return this.status.current();
  }
}
