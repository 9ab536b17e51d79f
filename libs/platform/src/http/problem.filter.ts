import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { Problem } from '@cordon/contracts';
import { codeForStatus, isCodedError, problem, ValidationProblem } from './problem';
import { isBackendUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './unavailable';

/** PostgreSQL errors that are the caller's fault, as a last line of defence. */
function fromDatabase(err: QueryFailedError): Problem | null {
  const driver = err.driverError as
    { code?: string; detail?: string; constraint?: string; column?: string } | undefined;
  switch (driver?.code) {
    case '23505':
      return problem('conflict', driver.detail ?? 'A record with that value exists already');
    case '23503':
      return problem('unprocessable', driver.detail ?? 'A referenced record does not exist');
    case '22P02':
    case '22007':
    case '22008':
      return problem('validation_failed', 'A value has the wrong format');
    // out of range, too long, a NUL or an untranslatable character: caught at the edge
    // (hostile-input.ts and the DTOs), mapped here in case one slips through
    case '22003':
    case '22001':
    case '22021':
    case '22P05':
      return problem('validation_failed', 'A value is out of range or cannot be stored');
    case '23502':
      return problem('validation_failed', `${driver.column ?? 'A field'} is required`, {
        errors: [{ field: driver.column ?? 'body', message: 'is required' }],
      });
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
  if (isBackendUnavailable(err))
    return problem(
      'unavailable',
      'Cordon cannot reach its database or queue just now; try again shortly',
    );
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
    if (body.code === 'unavailable') this.logger.warn(`503: ${(err as Error).message}`);
    else if (body.status >= 500) this.logger.error(err instanceof Error ? err : String(err));
    if (res.headersSent) return;
    const retryAfter =
      (err as { retryAfterSeconds?: number }).retryAfterSeconds ??
      (body.code === 'unavailable' ? UNAVAILABLE_RETRY_AFTER_SECONDS : undefined);
    if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
    res.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
