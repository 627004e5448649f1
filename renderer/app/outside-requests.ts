/**
 * Carries out requests from outside the page's own controls — a command from the application menu, a
 * file dropped on the window — by opening the screen that owns it and handing it the request, so it
 * goes through exactly the preview and confirmation that screen's buttons use.
 */
import { looksLikeBackup } from '../../shared/backup/backup-marker';
import { openFilePurposes, tooLargeMessage } from '../../shared/files/open-file';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { OutsideRequest, Platform } from '../platform/platform';
import type { AppState } from '../store/app-store';
import type { Route } from '../store/routes';

interface Store {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

/** The Documents tab of the person on screen, else of yourself, else of the first person; none without people. */
function documentsRoute(state: AppState): Route | null {
  const { route, people } = state;
  const personId = route.view === 'person' ? route.personId : (people.find((person) => person.relationship === 'me') ?? people[0])?.id;
  return personId === undefined ? null : { view: 'person', personId, tab: 'documents' };
}

function runCommand(command: MenuCommand, state: AppState): void {
  if (command === 'export-document') {
    const route = documentsRoute(state);
    if (route !== null) state.navigate(route);
    return;
  }
  if (command !== 'import-framework') state.navigate({ view: 'backups' });
  state.requestFromOutside({ kind: command });
}

function receiveFile(request: Extract<OutsideRequest, { kind: 'file' }>, state: AppState): void {
  const { file, bytes } = request;
  // A backup is UTF-8 JSON that Waymark wrote; anything else is a framework file, whatever its encoding.
  const text = file.outcome === 'opened' ? new TextDecoder().decode(file.bytes) : '';
  if (file.outcome === 'opened' && looksLikeBackup(text)) {
    state.navigate({ view: 'backups' });
    return state.requestFromOutside({ kind: 'backup-file', file: { outcome: 'opened', fileName: file.fileName, text } });
  }
  const { maxBytes } = openFilePurposes.framework;
  const checked =
    file.outcome === 'opened' && bytes > maxBytes
      ? { outcome: 'failed' as const, message: tooLargeMessage('framework', file.fileName, bytes) }
      : file;
  state.requestFromOutside({ kind: 'framework-file', file: checked });
}

function carryOut(request: OutsideRequest, state: AppState): void {
  if (request.kind === 'command') runCommand(request.command, state);
  else receiveFile(request, state);
}

export function handleOutsideRequests(platform: Pick<Platform, 'onOutsideRequest'>, store: Store): void {
  platform.onOutsideRequest((request) => {
    const state = store.getState();
    if (state.workspaceStatus === 'ready') return carryOut(request, state);
    // A file opened from the file manager arrives while the workspace is still opening: it waits for it.
    // Locked or failed, the workspace can take nothing in, and the request is not kept for later.
    if (state.workspaceStatus !== 'opening') return;
    const stop = store.subscribe((next) => {
      if (next.workspaceStatus === 'opening') return;
      stop();
      if (next.workspaceStatus === 'ready') carryOut(request, next);
    });
  });
}
