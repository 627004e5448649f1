/**
 * The `app://waymark/` protocol: serves the built renderer from disk, and nothing outside it.
 *
 * A custom protocol instead of `file://` gives the pages a real origin (so CSP `'self'` means the app,
 * not the whole disk) and one place to refuse paths that climb out of the renderer folder.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicyHeader } from '../../shared/security/content-security-policy';

export const appScheme = 'app';
export const appHost = 'waymark';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * `scheme://host[:port]`, lower-cased, or null for URLs without a host (data:, about:blank, garbage).
 * Not `URL.origin`: Node's URL gives "null" for schemes it does not know, such as `app:`, so every
 * app page would look alike to a check built on it.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under rootDir that an app URL names, or null when the URL is not ours or would leave rootDir.
 * The URL parser already folds literal `..` segments; the check after decoding catches the encoded
 * ones (`..%2f`, `%2e%2e%5c`), which only become separators once decoded.
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host.toLowerCase() !== appHost) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';

  const root = resolve(rootDir);
  const file = resolve(root, pathname.replace(/^[/\\]+/, ''));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': contentSecurityPolicyHeader },
  });
}

/** The response for one app URL; every answer, refusals included, carries the CSP. */
export async function serveAppFile(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const file = resolveAppPath(rootDir, request.url);
  if (file === null) return textResponse(403, 'Forbidden');

  let body: Buffer<ArrayBuffer>;
  try {
    body = await readFile(file);
  } catch {
    // Missing files, folders and unreadable files all look the same to the page: not there.
    return textResponse(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeOf(file),
      'Content-Security-Policy': contentSecurityPolicyHeader,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function registerAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(appScheme, (request) => serveAppFile(rootDir, request));
}
