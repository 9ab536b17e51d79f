import { INestApplicationContext, Logger } from '@nestjs/common';

/**
 * SIGTERM/SIGINT: stop accepting, let running work finish, close workers, Redis and
 * the database (Nest's shutdown hooks), then exit. A stuck close is cut off so the
 * process always ends within `timeoutMs`.
 */
export function exitOnSignals(
  app: INestApplicationContext,
  name: string,
  timeoutMs = 8_000,
): (signal: string) => void {
  // When whoever reads our output has gone (npm stopped before us), a log line must not
  // crash the graceful stop.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    const logger = new Logger('shutdown');
    logger.log({ msg: `${name} stopping`, signal });
    const deadline = setTimeout(() => {
      logger.error(`${name} did not stop within ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs);
    deadline.unref();
    app
      .close()
      .then(() => {
        logger.log({ msg: `${name} stopped` });
        process.exit(0);
      })
      .catch((err: unknown) => {
        logger.error(err instanceof Error ? err : String(err));
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return stop;
}

/**
 * Call before building the app: a SIGTERM/SIGINT that arrives while it is still being
 * built (connecting to PostgreSQL and Redis takes a while on a busy machine) is held,
 * and honoured as a graceful stop as soon as the app exists, instead of killing the
 * process half started. Returns the function to call with the app once it is built; it
 * answers true when a stop is already under way (the caller then starts nothing more).
 */
export function exitOnSignalsOnceBuilt(
  name: string,
  timeoutMs = 8_000,
): (app: INestApplicationContext) => boolean {
  let early: string | null = null;
  const hold = (signal: string) => (early ??= signal);
  process.on('SIGTERM', hold);
  process.on('SIGINT', hold);
  return (app) => {
    process.off('SIGTERM', hold);
    process.off('SIGINT', hold);
    const stop = exitOnSignals(app, name, timeoutMs);
    if (early) stop(early);
    return early !== null;
  };
}
