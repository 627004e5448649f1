/**
 * The renderer's entry: picks the platform once, loads the frameworks, keeps the address bar and the
 * store in step, and mounts the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { WaymarkApi } from '../electron/preload/api';
import { App } from './app/app';
import { handleOutsideRequests } from './app/outside-requests';
import { routeFromHash, routeToHash } from './store/routes';
import { browserPlatform } from './platform/browser-platform';
import { electronPlatform } from './platform/electron-platform';
import { PlatformProvider } from './platform/platform-context';
import { useAppStore } from './store/app-store';
import './styles/global.css';

declare global {
  interface Window {
    /** Present only in the desktop app, where the preload exposes it. */
    waymark?: WaymarkApi;
  }
}

// The only place that knows which platform it runs on; features ask the platform, not the window.
const platform = window.waymark ? electronPlatform(window.waymark) : browserPlatform();

const store = useAppStore;
store.getState().navigate(routeFromHash(window.location.hash));
window.addEventListener('hashchange', () => {
  const route = routeFromHash(window.location.hash);
  if (routeToHash(route) !== routeToHash(store.getState().route)) store.getState().navigate(route);
});
store.subscribe((state, previous) => {
  if (state.route === previous.route) return;
  const hash = routeToHash(state.route);
  if (window.location.hash !== hash) window.location.hash = hash;
});
void store.getState().loadCatalog(platform);
void store.getState().startWorkspace();
// Automatic backups where the platform keeps them: at most every 15 minutes while data changes, and on quit.
const automaticBackups = platform.automaticBackups;
if (automaticBackups) {
  store.subscribe((state, previous) => {
    if (state.changedSinceAutomaticBackup && !previous.changedSinceAutomaticBackup) void state.writeAutomaticBackup(automaticBackups);
  });
  window.setInterval(() => void store.getState().writeAutomaticBackup(automaticBackups), 60_000);
  automaticBackups.onBeforeQuit(() => store.getState().writeAutomaticBackup(automaticBackups, true));
}
// The application menu's commands and files dropped on the window, routed to the screens that own them.
handleOutsideRequests(platform, store);
// Ask the browser to keep the workspace even when disk space runs low (granted or not, nothing changes here).
void navigator.storage?.persist?.();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <PlatformProvider platform={platform}>
      <App />
    </PlatformProvider>
  </StrictMode>,
);
