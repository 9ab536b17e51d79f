import { Logger } from '@nestjs/common';
import { BurstLog } from './burst-log';

describe(BurstLog.name, () => {
  let lines: Record<string, unknown>[];
  let log: BurstLog;

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    lines = [];
    const logger = new Logger('test');
    jest.spyOn(logger, 'log').mockImplementation((line: Record<string, unknown>) => {
      lines.push(line);
    });
    log = new BurstLog(logger, (n) => `caught ${n}`, 5_000);
  });
  afterEach(() => jest.useRealTimers());

  it('logs the first event after a quiet spell at once', () => {
    log.note({ to: 'a' });
    expect(lines).toEqual([{ msg: 'caught 1', new: 1, total: 1, to: 'a' }]);
  });

  it('holds the rest of a burst for one line when the interval is up, with the latest', () => {
    for (const to of ['a', 'b', 'c', 'd']) log.note({ to });
    expect(lines).toHaveLength(1);
    jest.advanceTimersByTime(4_999);
    expect(lines).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(lines[1]).toEqual({ msg: 'caught 4', new: 3, total: 4, to: 'd' });
  });

  it('logs at once again after a quiet interval, and nothing when nothing is pending', () => {
    log.note({ to: 'a' });
    jest.advanceTimersByTime(5_000);
    log.flush();
    expect(lines).toHaveLength(1);
    log.note({ to: 'b' });
    expect(lines[1]).toEqual({ msg: 'caught 2', new: 1, total: 2, to: 'b' });
  });

  it('flushes what is pending on demand (at shutdown)', () => {
    log.note({ to: 'a' });
    log.note({ to: 'b' });
    log.flush();
    expect(lines[1]).toEqual({ msg: 'caught 2', new: 1, total: 2, to: 'b' });
    jest.advanceTimersByTime(10_000);
    expect(lines).toHaveLength(2);
  });
});
