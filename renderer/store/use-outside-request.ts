/**
 * Lets a screen take the outside requests it owns (routed by app/outside-requests.ts) once it is shown.
 */
import { useEffect } from 'react';
import type { PageRequest } from './outside-request-slice';
import { useAppStore } from './app-store';

export function useOutsideRequest<K extends PageRequest['kind']>(
  kinds: readonly K[],
  run: (request: Extract<PageRequest, { kind: K }>) => void,
): void {
  const pending = useAppStore((state) => state.pendingRequest);
  const takeRequest = useAppStore((state) => state.takeRequest);
  useEffect(() => {
    if (pending === null) return;
    const { id, request } = pending;
    if (!isOneOf(request, kinds)) return;
    takeRequest(id);
    run(request);
  }, [pending, kinds, run, takeRequest]);
}

function isOneOf<K extends PageRequest['kind']>(request: PageRequest, kinds: readonly K[]): request is Extract<PageRequest, { kind: K }> {
  return kinds.some((kind) => kind === request.kind);
}
