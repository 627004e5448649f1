/** The app:// protocol: the built renderer and nothing else, always with the CSP. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { protocol } from 'electron';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { contentTypeOf, originOf, registerAppProtocol, resolveAppPath } from '../../../../electron/main/app-protocol';
import { contentSecurityPolicyHeader } from '../../../../shared/security/content-security-policy';
import { protocol as fakeProtocol, resetFake } from '../../../fakes/electron';

// A checkout in miniature: the renderer build, with a secret beside it that must never be served.
const project = mkdtempSync(join(tmpdir(), 'waymark-protocol-'));
const root = join(project, 'out', 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(project, 'package.json'), '{"secret": "outside the renderer"}');
writeFileSync(join(project, 'out', 'secret.txt'), 'outside the renderer');
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Waymark</title>');
writeFileSync(join(root, 'assets', 'index-3f2a.js'), 'console.log("hi")');
writeFileSync(join(root, 'assets', 'index-3f2a.css'), 'body{}');
writeFileSync(join(root, 'assets', 'inter.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));

afterAll(() => rmSync(project, { recursive: true, force: true }));
beforeEach(resetFake);

describe('originOf', () => {
  it.each([
    ['app://waymark/index.html', 'app://waymark'],
    ['APP://WayMark/x', 'app://waymark'],
    ['http://localhost:5173/@vite/client', 'http://localhost:5173'],
    ['https://example.com', 'https://example.com'],
    ['data:text/html,hi', null],
    ['about:blank', null],
    ['not a url', null],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});

describe('resolveAppPath', () => {
  it.each([
    ['app://waymark/index.html', 'index.html'],
    ['app://waymark/', 'index.html'],
    ['app://waymark', 'index.html'],
    ['app://waymark/assets/index-3f2a.js?v=2#top', 'assets/index-3f2a.js'],
    ['app://WAYMARK/index.html', 'index.html'],
    ['app://waymark/assets/my%20font.woff2', 'assets/my font.woff2'],
    // The URL parser folds literal dot segments before we see them, so these stay inside the root.
    ['app://waymark/../package.json', 'package.json'],
    ['app://waymark/%2e%2e/%2e%2e/package.json', 'package.json'],
    ['app://waymark/assets/../index.html', 'index.html'],
  ])('%s → <root>/%s', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(join(root, file));
  });

  it.each([
    'app://waymark/%2e%2e%2fpackage.json',
    'app://waymark/%2E%2E%2F%2E%2E%2Fpackage.json',
    'app://waymark/..%2fpackage.json',
    'app://waymark/assets/..%2f..%2fsecret.txt',
    'app://waymark/..%5cpackage.json',
    'app://waymark/%2fetc%2fpasswd/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://waymark/index.html%00.png',
    'app://waymark/%E0%A4%A',
    'app://elsewhere/index.html',
    'app://waymark.example.com/index.html',
    'https://waymark/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});

describe('registerAppProtocol', () => {
  async function fetchApp(url: string, init?: RequestInit): Promise<Response> {
    registerAppProtocol(protocol, root);
    const handler = fakeProtocol.handlers.get('app');
    if (handler === undefined) throw new Error('the app protocol was not registered');
    return handler(new Request(url, init));
  }

  it('serves index.html with its type and the CSP', async () => {
    const response = await fetchApp('app://waymark/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Waymark</title>');
  });

  it('serves scripts, styles and fonts with their types', async () => {
    const script = await fetchApp('app://waymark/assets/index-3f2a.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("hi")');
    expect((await fetchApp('app://waymark/assets/index-3f2a.css')).headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    const font = await fetchApp('app://waymark/assets/inter.woff2');
    expect(font.headers.get('Content-Type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it.each([
    'app://waymark/../package.json',
    'app://waymark/%2e%2e%2fpackage.json',
    'app://waymark/..%2fpackage.json',
    'app://waymark/..%2fsecret.txt',
    'app://waymark/assets/..%2f..%2fsecret.txt',
    'app://waymark/..%5csecret.txt',
    'app://elsewhere/index.html',
  ])('refuses %s without revealing anything, still under the CSP', async (url) => {
    const response = await fetchApp(url);
    expect([403, 404]).toContain(response.status);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
    expect(await response.text()).not.toContain('outside the renderer');
  });

  it('answers 403 for another host and 404 for a missing file or a folder', async () => {
    expect((await fetchApp('app://elsewhere/index.html')).status).toBe(403);
    expect((await fetchApp('app://waymark/missing.js')).status).toBe(404);
    expect((await fetchApp('app://waymark/assets/')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetchApp('app://waymark/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetchApp('app://waymark/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
