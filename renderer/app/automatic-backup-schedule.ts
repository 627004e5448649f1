/**
 * When automatic backups are written, where the platform keeps them (the desktop app): soon after
 * data first changes, then at most every 15 minutes while it keeps changing (checked every minute),
 * and once more on quit.
 */
import type { AutomaticBackups } from '../platform/platform';
import type { AppStore } from '../store/app-store';
import { hasChangesToBackUp } from '../store/backup-slice';

const checkEveryMs = 60_000;

export function scheduleAutomaticBackups(store: AppStore, backups: AutomaticBackups): void {
  store.subscribe((state, previous) => {
    if (hasChangesToBackUp(state) && !hasChangesToBackUp(previous)) void state.writeAutomaticBackup(backups);
  });
  window.setInterval(() => void store.getState().writeAutomaticBackup(backups), checkEveryMs);
  backups.onBeforeQuit(() => store.getState().writeAutomaticBackup(backups, true));
}
