/**
 * Build-time plugins shared by the desktop renderer build and the browser build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicyMeta } from '../shared/security/content-security-policy.ts';

/**
 * Puts the CSP into the built index.html. Only at build time: the dev server needs inline scripts
 * for hot reload, and the desktop dev session applies its own header instead.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'waymark:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyMeta }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/**
 * Ships the bundled framework files with the browser build, with an index listing them, so the browser
 * platform can fetch what the desktop main process reads from disk. In dev they are served the same way.
 */
export function bundledFrameworksPlugin(frameworksDir: string): Plugin {
  const files = () =>
    readdirSync(frameworksDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  return {
    name: 'waymark:bundled-frameworks',
    configureServer(server) {
      server.middlewares.use('/frameworks/', (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (name === 'index.json') {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(files()));
        } else if (files().includes(name)) {
          response.setHeader('Content-Type', 'application/json');
          response.end(readFileSync(join(frameworksDir, name)));
        } else {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({ type: 'asset', fileName: `frameworks/${name}`, source: readFileSync(join(frameworksDir, name), 'utf8') });
      }
      this.emitFile({ type: 'asset', fileName: 'frameworks/index.json', source: JSON.stringify(files()) });
    },
  };
}
