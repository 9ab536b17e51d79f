import {
  Controller,
  createParamDecorator,
  ExecutionContext,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '@cordon/auth';
import { ApiHtml, ApiHtmlProblems, ApiProblems, RateLimit } from '@cordon/platform';
import { AckPageFilter } from './ack-page.filter';
import { AcknowledgementsService } from './acknowledgements.service';
import { TwilioPost, TwilioWebhooksService } from './twilio-webhooks.service';

/** Staff behind one council NAT share an address: generous, but a flood is cut off. */
const ACK_LIMIT = { name: 'ack', limit: 1_200, windowSeconds: 60 };
/** Twilio posts every status from a few addresses: room for thousands of SMS a minute. */
const WEBHOOK_LIMIT = { name: 'twilio-webhook', limit: 6_000, windowSeconds: 60 };

/** The signature header, the path as posted and the form fields of a Twilio webhook. */
const TwilioRequest = createParamDecorator((_: unknown, context: ExecutionContext): TwilioPost => {
  const req = context.switchToHttp().getRequest<Request>();
  const body: unknown = req.body;
  return {
    signature: req.header('x-twilio-signature'),
    path: req.originalUrl,
    params:
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as Record<string, string | string[]>)
        : {},
  };
});

/** The endpoints reached without a login: acknowledgement links and Twilio's webhooks. */
@ApiTags('acknowledgements')
@Controller()
@Public()
export class PublicCommsController {
  constructor(
    private readonly acks: AcknowledgementsService,
    private readonly webhooks: TwilioWebhooksService,
  ) {}

  @Get('ack/:token')
  @RateLimit(ACK_LIMIT)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @UseFilters(AckPageFilter)
  @ApiHtml('A thank-you page; the acknowledgement counts once')
  @ApiHtmlProblems('not_found')
  @ApiProblems('rate_limited')
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
  ackByPost(@Param('token') token: string): Promise<string> {
    return this.acks.byLink(token);
  }

  @Post('webhooks/twilio/status')
  @HttpCode(200)
  @ApiExcludeEndpoint()
  @RateLimit(WEBHOOK_LIMIT)
  twilioStatus(@TwilioRequest() post: TwilioPost): Promise<void> {
    return this.webhooks.status(post);
  }

  @Post('webhooks/twilio/inbound')
  @HttpCode(200)
  @ApiExcludeEndpoint()
  @RateLimit(WEBHOOK_LIMIT)
  @Header('Content-Type', 'text/xml')
  twilioInbound(@TwilioRequest() post: TwilioPost): Promise<string> {
    return this.webhooks.inbound(post);
  }
}
