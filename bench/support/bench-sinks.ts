// The sinks' process of a bench (bench/raw-senders-sinks.ts: the SMTP sink and the
// Twilio double), started over IPC, from its TypeScript source.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { workspaceRoot } from '@cordon/platform/testing';
import type { SinksReady, SinksRequest } from '../raw-senders-sinks';

/** Starts the sinks; `ask` sends a request and resolves with its answer. */
export async function startSinks() {
  const child = fork(join(workspaceRoot(), 'bench/raw-senders-sinks.ts'), {
    stdio: 'inherit',
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: join(workspaceRoot(), 'tsconfig.base.json') },
  });
  const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
  const ready = (await next()) as SinksReady;
  const ask = <T>(request: SinksRequest) => {
    const answer = next();
    child.send(request);
    return answer as Promise<T>;
  };
  return { ready, ask, child };
}
