/**
 * The Content-Security-Policy every Waymark page runs under, in the desktop app and in the browser.
 *
 * Scripts, styles, fonts and data only from the app itself; no remote origin anywhere, so even a
 * compromised dependency cannot send a person's notes away. `blob:` workers are allowed because
 * documents are built in a worker; `data:` images because charts and icons are inlined.
 */
const directives: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'object-src': "'none'",
  'frame-src': "'none'",
};

/** Directives that only work as an HTTP header; browsers ignore them (with a console error) in a meta tag. */
const headerOnlyDirectives: Readonly<Record<string, string>> = {
  'frame-ancestors': "'none'",
};

function serialise(entries: Readonly<Record<string, string>>): string {
  return Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** For a `<meta http-equiv="Content-Security-Policy">` tag in the built index.html. */
export const contentSecurityPolicyMeta = serialise(directives);

/** For the Content-Security-Policy response header. */
export const contentSecurityPolicyHeader = serialise({ ...directives, ...headerOnlyDirectives });
