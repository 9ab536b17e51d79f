import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@cordon/auth';
import { ApiProblems, ApiView } from '@cordon/platform';
import { sendStatus } from './status-answer';
import { StatusService } from './status.service';

@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly status: StatusService) {}

  /**
   * Not rate limited: the answer is one cached buffer, cheaper to send than a Redis round
   * trip to count it, and a whole council behind one NAT address may ask at once.
   */
  @Public()
  @Get()
  @ApiOperation({
    summary: 'Open incidents in plain words, their LANs and phases, the next update time (public)',
    description:
      'Cached per api process until an incident event commits; answers 304 to If-None-Match with its ETag.',
  })
  @ApiView('StatusView')
  @ApiProblems('unavailable')
  async current(@Req() req: Request, @Res() res: Response): Promise<void> {
    sendStatus(req, res, await this.status.snapshot());
  }
}
