// The public status, live through socket.io's /status namespace; while the socket cannot
// connect, GET /api/v1/status at once and then every 60 s, until it can.
import { io } from 'socket.io-client';
import { STATUS_NAMESPACE } from '@cordon/contracts';
import type { StatusView } from '../api/types';

export type Link = 'connecting' | 'live' | 'polling' | 'offline';

const POLL_MS = 60_000;
const GRACE_MS = 5_000;

export function followStatus(
  onStatus: (view: StatusView) => void,
  onLink: (link: Link) => void,
): void {
  const socket = io(STATUS_NAMESPACE, { reconnectionDelayMax: 30_000 });
  let polling: ReturnType<typeof setTimeout> | null = null;

  const poll = async () => {
    try {
      const res = await fetch('/api/v1/status', { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`status ${res.status}`);
      const view = (await res.json()) as StatusView;
      if (socket.connected) return;
      onStatus(view);
      onLink('polling');
    } catch {
      if (!socket.connected) onLink('offline');
    }
    if (polling !== null) polling = setTimeout(poll, POLL_MS);
  };
  const startPolling = () => {
    if (polling === null && !socket.connected) polling = setTimeout(poll, 0);
  };
  const stopPolling = () => {
    if (polling !== null) clearTimeout(polling);
    polling = null;
  };

  socket.on('connect', () => {
    stopPolling();
    onLink('live');
  });
  socket.on('status.updated', onStatus);
  socket.on('connect_error', startPolling);
  socket.on('disconnect', () => {
    onLink('connecting');
    startPolling();
  });
  setTimeout(startPolling, GRACE_MS);
}
