import type { ApiHarness } from './api-harness';

/** A small council over HTTP: two departments, two sites, three LANs, an admin token. */
export interface CouncilFixture {
  admin: string;
  departments: Record<'SOC' | 'EDU', string>;
  sites: Record<'HALL' | 'DEPOT', string>;
  lans: Record<'SOC-HALL' | 'SOC-DEPOT' | 'EDU-HALL', string>;
}

export async function createCouncil(api: ApiHarness): Promise<CouncilFixture> {
  const { token: admin } = await api.login(['admin']);
  const post = async (path: string, body: object): Promise<string> => {
    const res = await api
      .http()
      .post(`/api/v1/${path}`)
      .set('Authorization', `Bearer ${admin}`)
      .send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const SOC = await post('departments', { code: 'SOC', name: 'Social Services' });
  const EDU = await post('departments', { code: 'EDU', name: 'Education' });
  const HALL = await post('sites', { code: 'HALL', name: 'Civic Hall' });
  const DEPOT = await post('sites', { code: 'DEPOT', name: 'Northgate Depot' });
  return {
    admin,
    departments: { SOC, EDU },
    sites: { HALL, DEPOT },
    lans: {
      'SOC-HALL': await post('lans', {
        code: 'SOC-HALL',
        name: 'Social Services, Civic Hall',
        siteId: HALL,
        departmentId: SOC,
        cidr: '10.20.1.0/24',
      }),
      'SOC-DEPOT': await post('lans', {
        code: 'SOC-DEPOT',
        name: 'Social Services, Depot',
        siteId: DEPOT,
        departmentId: SOC,
      }),
      'EDU-HALL': await post('lans', {
        code: 'EDU-HALL',
        name: 'Education, Civic Hall',
        siteId: HALL,
        departmentId: EDU,
        cidr: '10.30.1.0/24',
      }),
    },
  };
}

/** `n` good staff lines (SOC and EDU alternately), header first. */
export function staffCsv(n: number, prefix = 'person'): string {
  const lines = ['name,email,mobile,department,site,lan'];
  for (let i = 1; i <= n; i++) {
    const soc = i % 2 === 1;
    const mobile = `+447700${String(900000 + (i % 1000)).padStart(6, '0')}`;
    lines.push(
      soc
        ? `"Member ${i}, ${prefix}",${prefix}${i}@council.example,${mobile},SOC,HALL,SOC-HALL`
        : `Member ${i} ${prefix},${prefix}${i}@council.example,${mobile},edu,,EDU-HALL`,
    );
  }
  return lines.join('\n') + '\n';
}
