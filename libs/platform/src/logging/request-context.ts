import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request context (the request id) carried through async calls, for the logs. */
export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export const currentRequestId = (): string | undefined => requestContext.getStore()?.requestId;
