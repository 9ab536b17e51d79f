import { Logger, PinoLogger } from 'nestjs-pino';
import { storage } from 'nestjs-pino/storage';
import pino, { DestinationStream } from 'pino';
import { REDACTED, REDACTED_PATHS } from './log-redaction';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Cordon's pino: one JSON object per line (ISO time, level by name, service, msg),
 * secrets redacted. Lines go to stdout, or to `write` (one line at a time, without
 * the newline) when given, as tests do to read or drop them.
 */
export function createPino(
  service: string,
  level: LogLevel = 'info',
  write?: (line: string) => void,
): pino.Logger {
  const destination: DestinationStream | undefined = write && {
    write: (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk),
  };
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
    },
    destination,
  );
}

/** nestjs-pino's logger over one app's own pino, inside a request its request's child. */
class AppPinoLogger extends PinoLogger {
  constructor(private readonly root: pino.Logger) {
    super({ pinoHttp: { logger: root } });
  }

  override get logger(): pino.Logger {
    return storage.getStore()?.logger ?? this.root;
  }
}

/**
 * The Nest logger of an app (`NestFactory.create(…, { logger })`): nestjs-pino over
 * `createPino`. Inside an HTTP request its lines carry the request id.
 */
export class AppLogger extends Logger {
  readonly pino: pino.Logger;

  constructor(service: string, level: LogLevel = 'info', write?: (line: string) => void) {
    const root = createPino(service, level, write);
    super(new AppPinoLogger(root), {});
    this.pino = root;
  }
}
