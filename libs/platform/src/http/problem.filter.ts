import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { Problem } from '@cordon/contracts';
import { codeForStatus, isCodedError, problem, ValidationProblem } from './problem';

/** PostgreSQL errors that are the caller's fault, as a last line of defence. */
function fromDatabase(err: QueryFailedError): Problem | null {
  const driver = err.driverError as
    { code?: string; detail?: string; constraint?: string } | undefined;
  switch (driver?.code) {
    case '23505':
      return problem('conflict', driver.detail ?? 'A record with that value exists already');
    case '23503':
      return problem('unprocessable', driver.detail ?? 'A referenced record does not exist');
    case '22P02':
    case '22007':
    case '22008':
      return problem('validation_failed', 'A value has the wrong format');
    default:
      return null;
  }
}

export function toProblem(err: unknown): Problem {
  if (err instanceof ValidationProblem) {
    return problem('validation_failed', err.message, { errors: err.errors });
  }
  if (isCodedError(err)) return problem(err.code, err.message, err.extra ?? {});
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const response = err.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? String((response as { message: unknown }).message)
        : err.message;
    return { ...problem(codeForStatus(status), message), status };
  }
  if (err instanceof QueryFailedError) {
    const mapped = fromDatabase(err);
    if (mapped) return mapped;
  }
  return problem('internal', 'Something went wrong on our side; it has been logged');
}

/** The one place errors become HTTP answers: application/problem+json with a stable code. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(err: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw err;
    const res = host.switchToHttp().getResponse<Response>();
    const body = toProblem(err);
    if (body.status >= 500) this.logger.error(err instanceof Error ? err : String(err));
    if (res.headersSent) return;
    const retryAfter = (err as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
