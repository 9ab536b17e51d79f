import { isDomainError } from '../errors/domain-error';
import { WarpLogBuilder } from './warp-fixture';
import { openWarpPrompts, warpPrompts, warpSendingAnswers } from './warp-prompts';
import { warpSendings } from './warp-sendings';

const decision = (log: WarpLogBuilder, minute: number) =>
  log.add(minute, 'incident.decision_marked', {
    text: 'Shut every LAN',
    markedBy: { id: 'u-owner', name: 'Margaret Hale' },
  });

describe(warpPrompts.name, () => {
  it('prompts at the declaration and the first detection only, not at later detections', () => {
    const log = new WarpLogBuilder()
      .declared()
      .detection(5, 'd1', 'soc', 'W32.Welchia')
      .detection(6, 'd2', 'soc', 'W32.Welchia');
    expect(warpPrompts(log.events).map((p) => [p.id, p.moment, p.answeredBySeq])).toEqual([
      ['declared:1', 'declared', null],
      ['first_detection:2', 'first_detection', null],
    ]);
  });

  it('prompts at each decision the owner marks', () => {
    const log = new WarpLogBuilder().declared();
    decision(log, 10);
    decision(log, 20);
    expect(warpPrompts(log.events).map((p) => p.id)).toEqual([
      'declared:1',
      'decision:2',
      'decision:3',
    ]);
  });

  it('prompts when every planned LAN stands reopened, again after one shuts and all reopen', () => {
    const log = new WarpLogBuilder()
      .declared()
      .planned(1, 'l1', 'soc')
      .planned(1, 'l2', 'soc')
      .phase(2, 'l1', 'planned', 'shut_down')
      .phase(3, 'l1', 'shut_down', 'cleaning')
      .phase(4, 'l1', 'cleaning', 'reopened');
    expect(warpPrompts(log.events).map((p) => p.moment)).toEqual(['declared']);
    log.phase(5, 'l2', 'planned', 'shut_down').phase(6, 'l2', 'shut_down', 'reopened');
    expect(warpPrompts(log.events).map((p) => p.id)).toEqual(['declared:1', 'recovery:8']);
    log.phase(7, 'l2', 'reopened', 'shut_down').phase(8, 'l2', 'shut_down', 'reopened');
    expect(warpPrompts(log.events).map((p) => p.id)).toEqual([
      'declared:1',
      'recovery:8',
      'recovery:10',
    ]);
  });

  it('prompts once when the incident is marked recovered, not again when it closes', () => {
    const log = new WarpLogBuilder().declared();
    for (const [from, to] of [
      ['active', 'recovered'],
      ['recovered', 'closed'],
    ] as const)
      log.add(30, 'incident.status_changed', {
        from,
        to,
        reason: null,
        forced: false,
        overridden: null,
        cancelledTasks: 0,
        nextUpdateDueAt: null,
      });
    expect(warpPrompts(log.events).map((p) => [p.id, p.label])).toEqual([
      ['declared:1', 'The incident was declared'],
      ['resolved:2', 'The incident was marked recovered'],
    ]);
  });

  it('counts a prompt answered by the first sending after it, and leaves later ones open', () => {
    const log = new WarpLogBuilder().declared().detection(5, 'd1', 'soc', 'W32.Welchia').sent(6);
    decision(log, 7);
    const prompts = warpPrompts(log.events);
    expect(prompts.map((p) => [p.id, p.answeredBySeq])).toEqual([
      ['declared:1', 3],
      ['first_detection:2', 3],
      ['decision:4', null],
    ]);
    expect(openWarpPrompts(prompts).map((p) => p.id)).toEqual(['decision:4']);
  });
});

describe(warpSendingAnswers.name, () => {
  const log = new WarpLogBuilder().declared().sent(1).detection(5, 'd1', 'soc', 'W32.Welchia');
  const prompts = warpPrompts(log.events);

  it('answers the named prompt first, then every open one', () => {
    expect(warpSendingAnswers(prompts, 'declared:1').map((p) => p.id)).toEqual([
      'declared:1',
      'first_detection:3',
    ]);
    expect(warpSendingAnswers(prompts, undefined).map((p) => p.id)).toEqual(['first_detection:3']);
  });

  it('refuses a prompt the incident does not have, naming the field', () => {
    let error: unknown;
    try {
      warpSendingAnswers(prompts, 'decision:99');
    } catch (err) {
      error = err;
    }
    expect(isDomainError(error) && error.extra).toEqual({
      errors: [{ field: 'promptId', message: 'no prompt decision:99 on this incident' }],
    });
  });
});

describe(warpSendings.name, () => {
  it('lists sendings newest first, an email delivered once the worker says so', () => {
    const log = new WarpLogBuilder().declared().sent(1).sent(2);
    (log.events[2].data as { via: string; to: string }).via = 'email';
    (log.events[2].data as { via: string; to: string }).to = 'warp@sector.example';
    const [emailed] = warpSendings(log.events);
    expect(emailed).toMatchObject({ seq: 3, via: 'email', delivered: false, failed: null });
    log.add(3, 'warp.summary_emailed', {
      sendingId: emailed.sendingId,
      to: 'warp@sector.example',
      providerId: 'q1',
    });
    expect(warpSendings(log.events).map((s) => [s.seq, s.via, s.delivered])).toEqual([
      [3, 'email', true],
      [2, 'by_hand', null],
    ]);
  });
});
