/**
 * A request from outside the page's own controls (the application menu, a dropped file), waiting for
 * the screen that carries it out. Kept in the store because that screen may not be open yet: the
 * request is routed there, and taken once it is shown.
 */
import type { StateCreator } from 'zustand';
import type { OpenedBytes, OpenedFile } from '../../shared/ipc/contract';

export type PageRequest =
  | { kind: 'import-framework' }
  | { kind: 'save-backup' }
  | { kind: 'restore-backup' }
  | { kind: 'framework-file'; file: OpenedBytes }
  | { kind: 'backup-file'; file: OpenedFile };

export interface OutsideRequestSlice {
  pendingRequest: { id: number; request: PageRequest } | null;
  requestFromOutside(request: PageRequest): void;
  /** The screen has taken the request; a newer one is left alone. */
  takeRequest(id: number): void;
}

let nextRequestId = 1;

export const createOutsideRequestSlice: StateCreator<OutsideRequestSlice, [], [], OutsideRequestSlice> = (set, get) => ({
  pendingRequest: null,
  requestFromOutside(request) {
    set({ pendingRequest: { id: nextRequestId++, request } });
  },
  takeRequest(id) {
    if (get().pendingRequest?.id === id) set({ pendingRequest: null });
  },
});
