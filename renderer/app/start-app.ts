/**
 * What the app sets going once, before the first screen is drawn: the address bar in step with the
 * store, the frameworks, the workspace (or the passphrase screen), the automatic backups, and the
 * requests from outside the page (menu commands, dropped files).
 */
import type { Platform } from '../platform/platform';
import type { AppStore } from '../store/app-store';
import { syncAddressBar } from './address-bar';
import { scheduleAutomaticBackups } from './automatic-backup-schedule';
import { handleOutsideRequests } from './outside-requests';

export function startApp(store: AppStore, platform: Platform): void {
  syncAddressBar(store);
  void store.getState().loadCatalog(platform);
  void store.getState().startWorkspace();
  if (platform.automaticBackups) scheduleAutomaticBackups(store, platform.automaticBackups);
  // The application menu's commands and files dropped on the window, routed to the screens that own them.
  handleOutsideRequests(platform, store);
  platform.guardLeaving(() => store.getState().writesInFlight > 0);
  // Ask the browser to keep the workspace even when disk space runs low (granted or not, nothing changes here).
  void navigator.storage?.persist?.();
}
