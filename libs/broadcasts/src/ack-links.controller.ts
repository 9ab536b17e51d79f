import { Controller, Get, Header, HttpCode, Param, Post, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@cordon/auth';
import { ApiHtml, ApiHtmlProblems, ApiProblems, RateLimit } from '@cordon/platform';
import { AckPageFilter } from './ack-page.filter';
import { AcknowledgementsService } from './acknowledgements.service';

/** Staff behind one council NAT share an address: generous, but a flood is cut off. */
const ACK_LIMIT = { name: 'ack', limit: 1_200, windowSeconds: 60 };

/**
 * The acknowledgement links in messages, reached without a login. Their operation ids
 * are the ones API clients have known since before the comms split (never renamed).
 */
@ApiTags('acknowledgements')
@Controller()
@Public()
export class AckLinksController {
  constructor(private readonly acks: AcknowledgementsService) {}

  @Get('ack/:token')
  @RateLimit(ACK_LIMIT)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @UseFilters(AckPageFilter)
  @ApiHtml('A thank-you page; the acknowledgement counts once')
  @ApiHtmlProblems('not_found')
  @ApiProblems('rate_limited')
  @ApiOperation({ operationId: 'PublicCommsController_ackByGet' })
  ackByGet(@Param('token') token: string): Promise<string> {
    return this.acks.byLink(token);
  }

  @Post('ack/:token')
  @HttpCode(200)
  @RateLimit(ACK_LIMIT)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @UseFilters(AckPageFilter)
  @ApiHtml('A thank-you page; the acknowledgement counts once')
  @ApiHtmlProblems('not_found')
  @ApiProblems('rate_limited')
  @ApiOperation({ operationId: 'PublicCommsController_ackByPost' })
  ackByPost(@Param('token') token: string): Promise<string> {
    return this.acks.byLink(token);
  }
}
