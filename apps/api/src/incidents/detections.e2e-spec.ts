import { DataSource } from 'typeorm';
import { ApiHarness, startApi } from '../testing/api-harness';
import type { CouncilFixture } from '../testing/council-fixture';
import { DetectionsWorld, startDetectionsWorld } from '../testing/detections-world';
import { as, GOOD_EVIDENCE } from '../testing/incident-fixture';

describe('detections over HTTP', () => {
  const KEY = 'monitoring-key-abcdefghijklmnop';
  let api: ApiHarness;
  let council: CouncilFixture;
  let owner: DetectionsWorld['owner'];
  let command: DetectionsWorld['owner'];
  let itu: DetectionsWorld['owner'];
  let incidentId: string;
  let devices: Record<string, string>;
  const detect = (body: object, key = KEY) =>
    api.http().post('/api/v1/detections').set('X-Api-Key', key).send(body);
  const health = async (hostname: string) =>
    (
      await api.app
        .get(DataSource)
        .query(`SELECT health FROM devices WHERE hostname = $1`, [hostname])
    )[0]?.health;

  beforeAll(async () => {
    ({ api, council, owner, command, itu, incidentId, devices } = await startDetectionsWorld(KEY));
  });
  afterAll(async () => {
    await api?.close();
  });

  describe('who may report', () => {
    it('takes monitoring’s key or a command token, and nothing else', async () => {
      const body = { hostname: 'soc-a', signature: 'probe', source: 'ids' };
      expect((await detect(body, 'wrong-key')).status).toBe(401);
      expect((await api.http().post('/api/v1/detections').send(body)).status).toBe(401);
      const byItu = await api
        .http()
        .post('/api/v1/detections')
        .set('Authorization', `Bearer ${itu.token}`)
        .send(body);
      expect(byItu.status).toBe(403);
      const byCommand = await as(api, command.token).post('detections', body);
      expect(byCommand.status).toBe(201);
      expect(byCommand.body).toMatchObject({
        action: 'marked_infected',
        phase: 'planned',
        incidentId,
      });
    });

    it('refuses the key when none is configured', async () => {
      const other = await startApi();
      try {
        const res = await other
          .http()
          .post('/api/v1/detections')
          .set('X-Api-Key', '')
          .send({ hostname: 'x', signature: 's', source: 's' });
        expect(res.status).toBe(401);
      } finally {
        await other.close();
      }
    });

    it('names bad input', async () => {
      const neither = await detect({ signature: 's', source: 's' });
      expect(neither.status).toBe(400);
      expect(neither.body.errors).toContainEqual({
        field: 'hostname',
        message: 'hostname or ip is required',
      });
      expect(
        (await detect({ ip: '10.20.1', signature: 's', source: 's' })).body.errors[0].field,
      ).toBe('ip');
      expect(
        (await detect({ hostname: 'bad host!', signature: 's', source: 's' })).body.errors[0].field,
      ).toBe('hostname');
      expect((await detect({ hostname: 'soc-a', source: 's' })).body.errors[0].field).toBe(
        'signature',
      );
    });
  });

  describe('what a detection does', () => {
    it('marks a device on a shut-down LAN infected and reopens its finished cleanup task', async () => {
      const o = as(api, owner.token);
      await o
        .post(`incidents/${incidentId}/lans/${council.lans['SOC-HALL']}/transitions`, {
          to: 'shut_down',
        })
        .expect(200);
      const tasks = (await o.get(`tasks?incidentId=${incidentId}&deviceId=${devices['soc-b']}`))
        .body.items;
      await as(api, itu.token)
        .post(`tasks/${tasks[0].id}/complete`, { evidence: GOOD_EVIDENCE })
        .expect(200);
      expect(await health('soc-b')).toBe('clean');
      const res = await detect({ hostname: 'soc-b', signature: 'TCP 135 sweep', source: 'ids' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        action: 'marked_infected',
        phase: 'shut_down',
        taskId: null,
        unknownDevice: false,
      });
      expect(await health('soc-b')).toBe('infected');
      const task = (await o.get(`tasks/${tasks[0].id}`)).body;
      expect(task).toMatchObject({ status: 'open', evidence: null, claimedBy: null });
      const events = (await o.get(`incidents/${incidentId}/events?limit=500`)).body.items.map(
        (e: { type: string }) => e.type,
      );
      expect(events.slice(-3)).toEqual(['detection.recorded', 'device.infected', 'task.reopened']);
    });

    it('records an unknown host on the LAN whose block holds its address, then isolates it there once reopened', async () => {
      const o = as(api, owner.token);
      const lan = council.lans['EDU-HALL'];
      await o
        .post(`incidents/${incidentId}/lans/${lan}/transitions`, { to: 'shut_down' })
        .expect(200);
      const edu = (await o.get(`tasks?incidentId=${incidentId}&deviceId=${devices['edu-a']}`)).body
        .items[0];
      await as(api, command.token)
        .post(`tasks/${edu.id}/complete`, { evidence: GOOD_EVIDENCE })
        .expect(200);
      await o
        .post(`incidents/${incidentId}/lans/${lan}/transitions`, { to: 'reopened' })
        .expect(200);

      const unknown = await detect({ ip: '10.30.1.99', signature: 'TCP 135 sweep', source: 'ids' });
      expect(unknown.status).toBe(201);
      expect(unknown.body).toMatchObject({
        hostname: 'unknown-10-30-1-99',
        lanId: lan,
        unknownDevice: true,
        action: 'isolated',
        phase: 'reopened',
      });
      const task = (await o.get(`tasks/${unknown.body.taskId}`)).body;
      expect(task).toMatchObject({
        kind: 'isolate_and_clean',
        departmentId: council.departments.EDU,
        device: { health: 'isolated' },
      });
      const named = await detect({
        hostname: 'Rogue-Laptop',
        ip: '10.30.1.98',
        signature: 's',
        source: 'ids',
      });
      expect(named.body).toMatchObject({ hostname: 'rogue-laptop', unknownDevice: true });
      const again = await detect({ ip: '10.30.1.99', signature: 'TCP 135 sweep', source: 'ids' });
      expect(again.body).toMatchObject({
        deviceId: unknown.body.deviceId,
        unknownDevice: false,
        taskId: unknown.body.taskId,
      });
      const nowhere = await detect({ ip: '192.168.7.7', signature: 's', source: 'ids' });
      expect(nowhere.status).toBe(422);
      expect(nowhere.body).toMatchObject({ code: 'unprocessable', field: 'ip' });
      expect(nowhere.body.detail).toMatch(/192\.168\.7\.7/);
      const nameOnly = await detect({ hostname: 'ghost-pc', signature: 's', source: 'ids' });
      expect(nameOnly.status).toBe(422);
      const listed = await as(api, command.token)
        .get(`detections?incidentId=${incidentId}&limit=500`)
        .expect(200);
      expect(listed.body.items[0].id).toBe(again.body.id);
    });

    it('marks a device on no incident’s LAN infected, on the detections stream', async () => {
      const res = await as(api, command.token).post('detections', {
        hostname: 'soc-depot-1',
        signature: 'TCP 135 sweep',
        source: 'manual',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ incidentId: null, phase: null, action: 'marked_infected' });
      expect(await health('soc-depot-1')).toBe('infected');
      const events = await api.app
        .get(DataSource)
        .query(`SELECT type, incident_id FROM events WHERE stream = 'detections' ORDER BY seq`);
      expect(events).toEqual([
        { type: 'detection.recorded', incident_id: null },
        { type: 'device.infected', incident_id: null },
      ]);
    });
  });
});
