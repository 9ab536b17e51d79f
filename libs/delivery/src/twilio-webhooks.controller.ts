import {
  Controller,
  createParamDecorator,
  ExecutionContext,
  Header,
  HttpCode,
  Post,
} from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '@cordon/auth';
import { RateLimit } from '@cordon/platform';
import { TwilioPost, TwilioWebhooksService } from './twilio-webhooks.service';

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

/** Twilio's webhooks, reached without a login and checked by their signature. */
@ApiTags('acknowledgements')
@Controller()
@Public()
export class TwilioWebhooksController {
  constructor(private readonly webhooks: TwilioWebhooksService) {}

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
