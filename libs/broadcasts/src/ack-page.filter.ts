import { ArgumentsHost, Catch } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isCodedError, ProblemFilter } from '@cordon/platform';
import { unknownLinkPage } from './ack-page';

/**
 * On the acknowledgement routes an unknown link is a page, still 404, for the person
 * who followed it; a client that asks for JSON (`Accept: application/json`) gets the
 * problem+json every other route gives. Any other error goes to the usual filter.
 */
@Catch()
export class AckPageFilter extends ProblemFilter {
  override catch(err: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'http' && isCodedError(err) && err.code === 'not_found') {
      const http = host.switchToHttp();
      const req = http.getRequest<Request>();
      const res = http.getResponse<Response>();
      const wants = req.accepts(['html', 'json', 'application/problem+json']);
      if (wants === 'html' && !res.headersSent) {
        res
          .status(404)
          .setHeader('Cache-Control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(unknownLinkPage());
        return;
      }
    }
    super.catch(err, host);
  }
}
