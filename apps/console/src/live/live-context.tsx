import {
  createContext,
  ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { LiveEvent } from '../api/types';
import { useSession } from '../auth/session';
import { CampaignLiveEvent, LiveConnection, LiveState } from './connection';

const LiveContext = createContext<LiveConnection | null>(null);

/** The signed-in user's live connection, opened at sign-in and closed at sign-out. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [connection, setConnection] = useState<LiveConnection | null>(null);
  useEffect(() => {
    if (!session) return;
    const c = new LiveConnection(session.token);
    setConnection(c);
    return () => {
      c.close();
      setConnection(null);
    };
  }, [session]);
  return <LiveContext.Provider value={connection}>{children}</LiveContext.Provider>;
}

/** 'live', 'connecting' or 'reconnecting', for the header's indicator. */
export function useLiveState(): LiveState {
  const connection = useContext(LiveContext);
  return useSyncExternalStore(
    (notify) => connection?.onState(notify) ?? (() => undefined),
    () => connection?.state ?? 'connecting',
  );
}

/**
 * Calls `onEvent` for each event of the incident after `sinceSeq`, live and after every
 * reconnect. `sinceSeq` null means "not ready yet" (e.g. the first read is in flight).
 */
export function useIncidentEvents(
  incidentId: string | undefined,
  sinceSeq: number | null,
  onEvent: (event: LiveEvent) => void,
): void {
  const connection = useContext(LiveContext);
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!connection || !incidentId || sinceSeq === null) return;
    return connection.follow(incidentId, sinceSeq, (e) => handler.current(e));
    // the subscription starts from the first sinceSeq known; later cursors are the connection's
  }, [connection, incidentId, sinceSeq === null]);
}

/** `useIncidentEvents` for a patch campaign: its events after `sinceSeq`, live. */
export function useCampaignEvents(
  campaignId: string | undefined,
  sinceSeq: number | null,
  onEvent: (event: CampaignLiveEvent) => void,
): void {
  const connection = useContext(LiveContext);
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!connection || !campaignId || sinceSeq === null) return;
    return connection.followCampaign(campaignId, sinceSeq, (e) => handler.current(e));
  }, [connection, campaignId, sinceSeq === null]);
}
