import { ArgumentsHost, Catch } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ERROR_STATUS } from '@cordon/contracts';
import { isCodedError, ProblemFilter } from '@cordon/platform';
import { FLOW_COOKIE, FLOW_COOKIE_PATH } from './oidc-cookie';
import { signInRefusedPage } from './oidc-page';

/**
 * On the single sign-on routes a browser is refused with a page (same status, the
 * reason and a link back to sign in) rather than raw problem+json; a client asking for
 * JSON gets the usual problem. The flow cookie is cleared either way.
 */
@Catch()
export class OidcPageFilter extends ProblemFilter {
  override catch(err: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'http' && isCodedError(err)) {
      const http = host.switchToHttp();
      const req = http.getRequest<Request>();
      const res = http.getResponse<Response>();
      if (!res.headersSent) res.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
      const wants = req.accepts(['html', 'json', 'application/problem+json']);
      if (wants === 'html' && !res.headersSent) {
        res
          .status(ERROR_STATUS[err.code as keyof typeof ERROR_STATUS] ?? 400)
          .setHeader('Cache-Control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(signInRefusedPage(err.code, err.message));
        return;
      }
    }
    super.catch(err, host);
  }
}
