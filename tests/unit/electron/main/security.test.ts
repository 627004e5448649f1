/** The session and webContents guards: no permissions, no network, no navigation, no new windows. */
import { BrowserWindow, session } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  applySessionSecurity,
  developmentContentSecurityPolicy,
  guardWebContents,
  isAllowedUrl,
  trustedOrigins,
  withContentSecurityPolicy,
} from '../../../../electron/main/security';
import { contentSecurityPolicyHeader } from '../../../../shared/security/content-security-policy';
import { fakeWebContents, navigationEvent, resetFake, runWebRequest, session as fakeSession } from '../../../fakes/electron';

beforeEach(resetFake);

const production = trustedOrigins();

function secureProductionSession(): void {
  applySessionSecurity(session.defaultSession, {
    allowedOrigins: production.requests,
    contentSecurityPolicy: contentSecurityPolicyHeader,
  });
}

/** The policy's directives by name, so tests read one directive rather than grep the whole string. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('trustedOrigins', () => {
  it('trusts only the app itself without a dev server', () => {
    expect(trustedOrigins()).toEqual({ pages: ['app://waymark'], requests: ['app://waymark'] });
  });

  it('adds the dev server, and its hot-reload socket for requests only', () => {
    expect(trustedOrigins('http://localhost:5173/')).toEqual({
      pages: ['app://waymark', 'http://localhost:5173'],
      requests: ['app://waymark', 'http://localhost:5173', 'ws://localhost:5173'],
    });
  });
});

describe('applySessionSecurity', () => {
  it('denies every permission request and check', () => {
    secureProductionSession();
    const { permissionRequestHandler, permissionCheckHandler } = fakeSession.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const answers: boolean[] = [];
      permissionRequestHandler?.(null, permission, (granted) => answers.push(granted), {});
      expect(answers).toEqual([false]);
      expect(permissionCheckHandler?.(null, permission, 'app://waymark', {})).toBe(false);
    }
  });

  it('turns off the spell checker, which would download dictionaries', () => {
    secureProductionSession();
    expect(fakeSession.defaultSession.spellCheckerEnabled).toBe(false);
  });

  it('keeps the system’s own spell checker where it runs locally (macOS)', () => {
    applySessionSecurity(session.defaultSession, {
      allowedOrigins: production.requests,
      contentSecurityPolicy: contentSecurityPolicyHeader,
      localSpellChecker: true,
    });
    expect(fakeSession.defaultSession.spellCheckerEnabled).toBe(true);
  });

  it.each([
    'https://example.com/collect',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'blob:https://example.com/8c1f',
  ])('cancels a request to %s', async (url) => {
    secureProductionSession();
    expect(await runWebRequest(fakeSession.defaultSession.webRequest.beforeRequest, { url })).toEqual({ cancel: true });
  });

  it.each([
    'app://waymark/index.html',
    'app://waymark/assets/index-3f2a.js',
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://waymark/8c1f',
  ])('lets a request to %s through', async (url) => {
    secureProductionSession();
    expect(await runWebRequest(fakeSession.defaultSession.webRequest.beforeRequest, { url })).toEqual({ cancel: false });
  });

  it('in dev, lets the dev server and its hot-reload socket through, and nothing else', () => {
    const dev = trustedOrigins('http://localhost:5173');
    expect(isAllowedUrl('http://localhost:5173/@vite/client', dev.requests)).toBe(true);
    expect(isAllowedUrl('ws://localhost:5173/?token=abc', dev.requests)).toBe(true);
    expect(isAllowedUrl('http://localhost:5174/', dev.requests)).toBe(false);
    expect(isAllowedUrl('https://fonts.googleapis.com/css', dev.requests)).toBe(false);
  });

  it('puts the CSP on every response, replacing any the response brought', async () => {
    secureProductionSession();
    const answer = await runWebRequest(fakeSession.defaultSession.webRequest.headersReceived, {
      url: 'app://waymark/index.html',
      responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline' https:"], 'Content-Type': ['text/html'] },
    });
    expect(answer).toEqual({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicyHeader] },
    });
  });

  it('adds the CSP when a response has no headers at all', () => {
    expect(withContentSecurityPolicy(undefined, 'default-src none')).toEqual({ 'Content-Security-Policy': ['default-src none'] });
  });
});

describe('the production CSP header', () => {
  const directives = directivesOf(contentSecurityPolicyHeader);

  it("allows scripts only from the app itself (and WebAssembly to compile, not eval): script-src 'self' 'wasm-unsafe-eval'", () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('names no http(s) or websocket origin anywhere', () => {
    expect(contentSecurityPolicyHeader).not.toMatch(/https?:|wss?:|\*/);
  });
});

describe('developmentContentSecurityPolicy', () => {
  const dev = directivesOf(developmentContentSecurityPolicy('http://localhost:5173/'));
  const prod = directivesOf(contentSecurityPolicyHeader);

  it("allows the dev server's inline preamble and injected styles", () => {
    expect(dev.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'", 'http://localhost:5173']);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'", 'http://localhost:5173']);
  });

  it('lets hot reload connect to the dev server', () => {
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
  });

  it('keeps every other production directive as it is', () => {
    expect([...dev.keys()]).toEqual([...prod.keys()]);
    for (const [name, values] of prod) {
      if (!['script-src', 'style-src', 'connect-src'].includes(name)) expect(dev.get(name)).toEqual(values);
    }
  });

  it('refuses a dev server URL without an origin', () => {
    expect(() => developmentContentSecurityPolicy('not a url')).toThrow(/no origin/);
  });
});

describe('guardWebContents', () => {
  function guardedContents() {
    const contents = new BrowserWindow({}).webContents;
    guardWebContents(contents, production.pages);
    return fakeWebContents(contents);
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: prevents leaving the app', (eventName) => {
    const contents = guardedContents();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://elsewhere/', 'http://localhost:5173/', 'data:text/html,hi']) {
      const event = navigationEvent(url);
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: allows moving within the app', (eventName) => {
    const contents = guardedContents();
    const event = navigationEvent('app://waymark/index.html#/frameworks');
    contents.emit(eventName, event, event.url);
    expect(event.defaultPrevented).toBe(false);
  });

  it('refuses to attach a webview', () => {
    const contents = guardedContents();
    const event = navigationEvent('https://example.com/');
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies window.open, even for an app URL', () => {
    const handler = guardedContents().windowOpenHandler;
    expect(handler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://waymark/index.html' })).toEqual({ action: 'deny' });
  });
});
