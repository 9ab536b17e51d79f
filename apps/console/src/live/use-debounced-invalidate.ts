import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';

/**
 * What a live event cannot carry by itself (the device counts behind a bar, a new task's
 * machine, an acknowledgement's name) is read again from the api: once per burst of
 * events, each key exactly (a prefix would reload every list under it).
 */
export function useDebouncedInvalidate(ms = 400): (key: readonly unknown[]) => void {
  const qc = useQueryClient();
  const pending = useRef(new Map<string, readonly unknown[]>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(
    (key: readonly unknown[]) => {
      pending.current.set(JSON.stringify(key), key);
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        for (const k of pending.current.values())
          void qc.invalidateQueries({ queryKey: k, exact: true });
        pending.current.clear();
      }, ms);
    },
    [qc, ms],
  );
}
