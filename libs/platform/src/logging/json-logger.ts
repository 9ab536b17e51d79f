import { LoggerService } from '@nestjs/common';
import { currentRequestId } from './request-context';

const LEVELS = {
  debug: 10,
  verbose: 10,
  info: 20,
  log: 20,
  warn: 30,
  error: 40,
  fatal: 50,
} as const;
type Level = keyof typeof LEVELS;

/** One JSON object per line on stdout: time, level, context, message, request id. */
export class JsonLogger implements LoggerService {
  private readonly min: number;

  constructor(
    private readonly service: string,
    level: 'debug' | 'info' | 'warn' | 'error' = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {
    this.min = LEVELS[level];
  }

  private emit(level: Level, message: unknown, rest: unknown[]): void {
    if (LEVELS[level] < this.min) return;
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: level === 'log' ? 'info' : level,
      service: this.service,
    };
    if (context) entry['context'] = context;
    const requestId = currentRequestId();
    if (requestId) entry['requestId'] = requestId;
    if (message instanceof Error) {
      entry['msg'] = message.message;
      entry['stack'] = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry['msg'] = String(message);
    }
    if (rest.length > 0 && typeof rest[0] === 'string' && level === 'error')
      entry['stack'] = rest[0];
    this.write(JSON.stringify(entry));
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.emit('fatal', message, rest);
  }
}
