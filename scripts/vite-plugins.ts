/**
 * Build-time plugins shared by the desktop renderer build and the browser build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { textDigest, type BundledIndex } from '../shared/framework/bundled-index.ts';
import { parseFrameworkJson } from '../shared/framework/parse.ts';
import { contentSecurityPolicyMeta } from '../shared/security/content-security-policy.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

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
 * Loads `entry` (an input of its own, see electron.vite.config.ts) as a script of its own, async: it
 * runs as soon as it has arrived, while the app's larger scripts are still loading. A build without
 * that input (the benchmark's hello-world page) is left as it is.
 */
export function earlyScriptPlugin(entry: string): Plugin {
  return {
    name: 'waymark:early-script',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === entry,
        );
        // In dev the server compiles the source file itself.
        const src = chunk ? `./${chunk.fileName}` : context.server ? `./${entry}.ts` : undefined;
        // At the end of the head: after the Content-Security-Policy, which covers only what follows it.
        return src ? [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src }, injectTo: 'head' }] : [];
      },
    },
  };
}

/**
 * Ships the bundled framework files with the browser build, with an index listing them, so the browser
 * platform can fetch what the desktop main process reads from disk. In dev they are served the same way,
 * listed by name only. The build validates each file once, writes it as the schema read it and lists its
 * digest, so the browser does not validate it again at every start (shared/framework/bundled-index.ts).
 * index.html asks for them all as it loads: they arrive while the app's script is still being read,
 * instead of one after the other once it has run.
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
    transformIndexHtml: () =>
      ['index.json', ...files()].map((name) => ({
        tag: 'link',
        // crossorigin: the same request mode and credentials as the platform's fetch, which then takes the preloaded answer.
        attrs: { rel: 'preload', href: `./frameworks/${name}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
    async generateBundle() {
      const index: BundledIndex = [];
      for (const name of files()) {
        const text = readFileSync(join(frameworksDir, name), 'utf8');
        const parsed = parseFrameworkJson(text);
        // A file that does not validate ships as it is, listed by name: the app names its problem at start.
        const source = parsed.ok ? JSON.stringify(parsed.framework) : text;
        this.emitFile({ type: 'asset', fileName: `frameworks/${name}`, source });
        index.push(parsed.ok ? { file: name, sha256: await textDigest(source) } : name);
      }
      this.emitFile({ type: 'asset', fileName: 'frameworks/index.json', source: JSON.stringify(index) });
    },
  };
}

/**
 * Ships the emoji images (Twemoji, from emoji-datasource-twitter) with the app, for the documents:
 * react-pdf draws an emoji from `emoji/<code points>.png`, naming it without variation selectors
 * (U+FE0F), so the files are renamed to match. Served from the app's own origin, never fetched elsewhere.
 */
export function bundledEmojiPlugin(imagesDir: string): Plugin {
  const files = () => {
    const byName = new Map<string, string>();
    for (const source of readdirSync(imagesDir).sort()) {
      if (!source.endsWith('.png')) continue;
      const name = source.replace(/-fe0f/g, '');
      if (!byName.has(name)) byName.set(name, source);
    }
    return byName;
  };
  return {
    name: 'waymark:bundled-emoji',
    configureServer(server) {
      const byName = files();
      server.middlewares.use('/emoji/', (request, response, next) => {
        const source = byName.get(decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0] ?? ''));
        if (!source) return next();
        response.setHeader('Content-Type', 'image/png');
        response.end(readFileSync(join(imagesDir, source)));
      });
    },
    generateBundle() {
      for (const [name, source] of files()) {
        this.emitFile({ type: 'asset', fileName: `emoji/${name}`, source: readFileSync(join(imagesDir, source)) });
      }
    },
  };
}

/**
 * Ships a WOFF font unpacked as a TrueType file at `fileName` (see woff-to-sfnt.ts for why), served the
 * same way in dev.
 */
export function unpackedFontPlugin(woffPath: string, fileName: string): Plugin {
  const unpacked = () => woffToSfnt(readFileSync(woffPath));
  return {
    name: 'waymark:unpacked-font',
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_request, response) => {
        response.setHeader('Content-Type', 'font/ttf');
        response.end(unpacked());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: unpacked() });
    },
  };
}

/**
 * The browser build's scripts, styles and fonts under assets/ carry a hash of their content in their
 * names, so the same address always holds the same bytes: the preview server lets the browser keep them
 * for a year instead of asking again for each one at every start (the static host's usual rule for
 * hashed files; the desktop app reads them from disk and never asks).
 */
export function immutableAssetsPlugin(): Plugin {
  return {
    name: 'waymark:immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use('/assets/', (_request, response, next) => {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}
