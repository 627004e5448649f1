/**
 * What the app's pages may do: no network, no permissions, no navigation away, no new windows.
 *
 * Waymark holds a person's career notes and is offline by promise, so the session refuses every
 * request that is not the app's own files, whatever a page or a dependency tries.
 */
import type { Session, WebContents } from 'electron';
import { buildContentSecurityPolicy } from '../../shared/security/content-security-policy';
import { appOrigin, originOf } from './app-protocol';

export interface TrustedOrigins {
  /** Origins whose pages may be shown, navigated to and call IPC. */
  pages: readonly string[];
  /** Origins the session may fetch from: the pages plus, in dev, the hot-reload socket. */
  requests: readonly string[];
}

/**
 * The app's own origin, plus the dev server's while developing. The caller decides whether there is a
 * dev server; a packaged app must never take one from the environment.
 */
export function trustedOrigins(devServerUrl?: string): TrustedOrigins {
  const devOrigin = devServerUrl === undefined ? null : originOf(devServerUrl);
  if (devOrigin === null) return { pages: [appOrigin], requests: [appOrigin] };
  return { pages: [appOrigin, devOrigin], requests: [appOrigin, devOrigin, websocketOriginOf(devOrigin)] };
}

function websocketOriginOf(httpOrigin: string): string {
  return httpOrigin.replace(/^http(s?):/, 'ws$1:');
}

/** Schemes that never leave the machine: DevTools' own pages, and data held in memory by the page. */
function isLocalOnly(url: string, allowedOrigins: readonly string[]): boolean {
  if (url.startsWith('devtools:') || url.startsWith('data:')) return true;
  // blob:app://waymark/<uuid> is memory owned by that origin; a blob of any other origin is not ours.
  if (url.startsWith('blob:')) return isAllowedUrl(url.slice('blob:'.length), allowedOrigins);
  return false;
}

export function isAllowedUrl(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return (origin !== null && allowedOrigins.includes(origin)) || isLocalOnly(url, allowedOrigins);
}

/**
 * The production policy, loosened only as far as Vite's dev server needs: its inline React-refresh
 * preamble and injected `<style>` tags, and its hot-reload socket. Derived from the production
 * directives so the two cannot drift apart.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  const devOrigin = originOf(devServerUrl);
  if (devOrigin === null) throw new Error(`The dev server URL "${devServerUrl}" has no origin.`);
  return buildContentSecurityPolicy({
    form: 'header',
    extraSources: {
      'script-src': ["'unsafe-inline'", devOrigin],
      'style-src': ["'unsafe-inline'", devOrigin],
      'connect-src': [devOrigin, websocketOriginOf(devOrigin)],
    },
  });
}

/** Response headers with our CSP in place of any the response brought (header names are case-insensitive). */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

export interface SessionSecurityOptions {
  /** Origins requests may go to; everything else is cancelled. */
  allowedOrigins: readonly string[];
  contentSecurityPolicy: string;
  /** The system's own spell checker (macOS) works offline; elsewhere Chromium's would download dictionaries. */
  localSpellChecker?: boolean;
}

export function applySessionSecurity(session: Session, options: SessionSecurityOptions): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // On Windows and Linux the spell checker downloads Hunspell dictionaries from Google's servers, and
  // Waymark makes no requests at all; on macOS it is the system's own, with nothing to fetch.
  session.setSpellCheckerEnabled(options.localSpellChecker === true);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedUrl(details.url, options.allowedOrigins) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, options.contentSecurityPolicy) });
  });
}

/**
 * Keeps a webContents on the app's own pages: no navigation or redirect elsewhere, no webviews, no
 * windows. Applied to every webContents as it is created, so nothing can slip past it.
 */
export function guardWebContents(contents: WebContents, pageOrigins: readonly string[]): void {
  const staysInApp = (url: string) => {
    const origin = originOf(url);
    return origin !== null && pageOrigins.includes(origin);
  };
  contents.on('will-navigate', (event) => {
    if (!staysInApp(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!staysInApp(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!staysInApp(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
