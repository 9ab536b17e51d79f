import { io, Socket } from 'socket.io-client';
import { STATUS_NAMESPACE, type StatusView } from '@cordon/contracts';
import { LiveClient } from '@cordon/live/testing';
import { ApiHarness, startApi } from './testing/api-harness';
import { CouncilFixture, createCouncil } from './testing/council-fixture';
import { as } from './testing/incident-fixture';

/** The status page's live feed in the assembled api: /status without a login, /live still locked. */
describe('public status over socket.io', () => {
  let api: ApiHarness;
  let council: CouncilFixture;
  const sockets: Socket[] = [];

  function anonymous(): {
    views: StatusView[];
    next: (ok: (v: StatusView) => boolean) => Promise<StatusView>;
  } {
    const views: StatusView[] = [];
    const socket = io(`${api.url}${STATUS_NAMESPACE}`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    socket.on('status.updated', (v: StatusView) => views.push(v));
    const next = async (ok: (v: StatusView) => boolean) => {
      for (let i = 0; i < 200; i++) {
        const found = views.find(ok);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no matching status among ${views.length}`);
    };
    return { views, next };
  }

  beforeAll(async () => {
    api = await startApi();
    council = await createCouncil(api);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await api?.close();
  });

  it('sends an anonymous phone the status at once, then the LAN shut down, without a token', async () => {
    const phone = anonymous();
    const first = await phone.next(() => true);
    expect(first.incidents).toEqual([]);
    expect(first.sites.map((s) => s.code)).toContain('HALL');

    const owner = as(api, (await api.login(['owner'])).token);
    const incident = (
      await owner.post('incidents', { title: 'Welchia', severity: 1, summary: 's' }).expect(201)
    ).body;
    const lan = council.lans['SOC-HALL'];
    await owner.post(`incidents/${incident.id}/lans`, { lanIds: [lan] }).expect(201);
    await owner
      .post(`incidents/${incident.id}/lans/${lan}/transitions`, {
        to: 'shut_down',
        reason: 'scanning',
      })
      .expect(200);

    const shut = await phone.next((v) =>
      v.incidents[0]?.lans.some((l) => l.code === 'SOC-HALL' && l.phase === 'shut_down'),
    );
    expect(shut.incidents[0]).toMatchObject({ reference: incident.reference, title: 'Welchia' });
  });

  it('still refuses /live without a token', async () => {
    const c = new LiveClient(api.url, undefined);
    await expect(c.connected()).rejects.toThrow('unauthorized');
    c.close();
  });
});
