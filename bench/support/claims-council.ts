// The claims bench's council: five departments, a LAN each with its devices, a baseline,
// created over HTTP as an admin would.
import { Client, must } from './claims-http';

export async function createCouncil(
  api: Client,
  url: string,
  adminToken: string,
  DEPARTMENTS: number,
  TASKS: number,
) {
  // The council: five departments, a LAN each with 1,000 devices.
  const site = await must(api.post('sites', adminToken, { code: 'HQ', name: 'HQ' }), 201, 'site');
  const siteId = site['id'] as string;
  const departments: { id: string; code: string; lanId: string }[] = [];
  for (let d = 1; d <= DEPARTMENTS; d++) {
    const code = `D${d}`;
    const dept = await must(
      api.post('departments', adminToken, { code, name: `Department ${d}` }),
      201,
      'department',
    );
    const lan = await must(
      api.post('lans', adminToken, {
        code: `${code}-LAN`,
        name: `${code} LAN`,
        siteId,
        departmentId: dept['id'],
        cidr: `10.${d}.0.0/16`,
      }),
      201,
      'lan',
    );
    departments.push({ id: dept['id'] as string, code, lanId: lan['id'] as string });
  }
  await must(
    fetch(`${url}/api/v1/baseline`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        requiredPatches: ['MS03-026', 'MS03-039'],
        minAvSignatureDate: '2026-02-01',
      }),
    }).then(async (r) => ({ status: r.status, body: await r.json() })),
    200,
    'baseline',
  );
  const perLan = Math.ceil(TASKS / DEPARTMENTS);
  const csv = ['hostname,ip,lan,department,os,patches,avProduct,avSignatureDate'];
  departments.forEach((d, n) => {
    for (let i = 0; i < perLan && n * perLan + i < TASKS; i++) {
      csv.push(
        `${d.code}-PC-${i},10.${n + 1}.${Math.floor(i / 250)}.${(i % 250) + 1},${d.code}-LAN,${d.code},XP,,Sophos,2025-12-01`,
      );
    }
  });
  const imported = await fetch(`${url}/api/v1/devices/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
    body: csv.join('\n'),
  }).then((r) => r.json() as Promise<{ created: number }>);
  if (imported.created !== TASKS) throw new Error(`imported ${JSON.stringify(imported)}`);
  return { departments, perLan };
}
