/**
 * The Content-Security-Policy every Waymark page runs under, in the desktop app and in the browser.
 *
 * Scripts, styles, fonts and data only from the app itself; no remote origin anywhere, so even a
 * compromised dependency cannot send a person's notes away. WebAssembly may compile (documents are
 * laid out by a WebAssembly engine), JavaScript eval may not. `blob:` workers are allowed because
 * documents are built in a worker; `data:` images because charts and icons are inlined.
 */
const directives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // 'wasm-unsafe-eval' lets WebAssembly compile (the PDF layout engine is WebAssembly); it does not allow eval of JavaScript.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
};

/** Directives that only work as an HTTP header; browsers ignore them (with a console error) in a meta tag. */
const headerOnlyDirectives: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

export interface ContentSecurityPolicyOptions {
  /** Header form (with header-only directives) or meta-tag form. */
  form: 'header' | 'meta';
  /** Sources added to directives, e.g. a dev server's origin while developing. */
  extraSources?: Readonly<Record<string, readonly string[]>>;
}

export function buildContentSecurityPolicy({ form, extraSources = {} }: ContentSecurityPolicyOptions): string {
  const all = form === 'header' ? { ...directives, ...headerOnlyDirectives } : directives;
  return Object.entries(all)
    .map(([name, sources]) => `${name} ${[...sources, ...(extraSources[name] ?? [])].join(' ')}`)
    .join('; ');
}

/** For a `<meta http-equiv="Content-Security-Policy">` tag in the built index.html. */
export const contentSecurityPolicyMeta = buildContentSecurityPolicy({ form: 'meta' });

/** For the Content-Security-Policy response header. */
export const contentSecurityPolicyHeader = buildContentSecurityPolicy({ form: 'header' });
