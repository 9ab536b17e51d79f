import { QueryFailedError } from 'typeorm';
import { toProblem } from './problem.filter';
import { isBackendUnavailable } from './unavailable';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
});
const driver = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const query = (err: Error) => new QueryFailedError('UPDATE incidents …', [], err);

describe('a backing service away answers 503 unavailable, not 500', () => {
  it.each([
    ['a refused connection (PostgreSQL or Redis down)', refused],
    ['PostgreSQL shutting down (57P01)', query(driver('57P01', 'terminating connection'))],
    ['PostgreSQL starting (57P03)', query(driver('57P03', 'the database system is starting up'))],
    ['a connection exception (08006)', query(driver('08006'))],
    ['a connection dropped mid-query', query(new Error('Connection terminated unexpectedly'))],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
    ['a wrapped cause', Object.assign(new Error('outer'), { cause: refused })],
    [
      'Redis away, a fail-fast client',
      new Error("Stream isn't writeable and enableOfflineQueue options is false"),
    ],
    [
      'a Redis Cluster not ready',
      new Error("Cluster isn't ready and enableOfflineQueue options is false"),
    ],
    ['a Redis Cluster down', new Error('CLUSTERDOWN The cluster is down')],
    ['a Redis Cluster resharding', new Error('TRYAGAIN Multiple keys request during rehashing')],
    ['no Redis Cluster node answering', new Error('None of startup nodes is available')],
    [
      'Redis retries spent',
      new Error('Reached the max retries per request limit (which is 1). Refer to …'),
    ],
  ])('%s', (_, err) => {
    expect(isBackendUnavailable(err)).toBe(true);
    expect(toProblem(err)).toMatchObject({ status: 503, code: 'unavailable' });
  });

  it.each([
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')"), 500],
    ['a unique violation', query(driver('23505')), 409],
    ['a syntax error in SQL', query(driver('42601', 'syntax error')), 500],
    ['a Redis script error', new Error('ERR Error running script … CROSSSLOT'), 500],
  ])('%s is not', (_, err, status) => {
    expect(isBackendUnavailable(err)).toBe(false);
    expect(toProblem(err).status).toBe(status);
  });
});
