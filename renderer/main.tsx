/**
 * The renderer's entry: picks the platform once, starts the app (app/start-app.ts) and mounts it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { WaymarkApi } from '../electron/preload/api';
import { App } from './app/app';
import { PartBoundary } from './components/part-boundary';
import { readyForFirstScreen } from './app/first-render';
import { startApp } from './app/start-app';
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
startApp(useAppStore, platform);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
void readyForFirstScreen(useAppStore).then(() => {
  root.render(
    <StrictMode>
      <PlatformProvider platform={platform}>
        {/* The last resort: a screen, tab or dialog that breaks is caught nearer, and the rest goes on. */}
        <PartBoundary what="Waymark" scope="window">
          <App />
        </PartBoundary>
      </PlatformProvider>
    </StrictMode>,
  );
});
