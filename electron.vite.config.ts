import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type RendererViteConfig } from 'electron-vite';
import { bundledEmojiPlugin, contentSecurityPolicyPlugin, earlyScriptPlugin, unpackedFontPlugin } from './scripts/vite-plugins.ts';

/** The project's own renderer and shared code (not a folder of the same name elsewhere in the path). */
const appFolders = [resolve('renderer'), resolve('shared')];
const isAppSource = (id: string) => appFolders.some((folder) => id.startsWith(folder));

/**
 * The page's `zod` (not its subpaths), in the renderer and in the preload: zod set up for a page that
 * allows no eval (shared/zod-without-eval.ts).
 */
const zodWithoutEval = { alias: [{ find: /^zod$/, replacement: resolve('shared/zod-without-eval.ts') }] };

/** The renderer's build, shared with the browser build (vite.web.config.ts). */
export const rendererConfig = {
  root: resolve('renderer'),
  base: './',
  publicDir: resolve('resources/icons'),
  resolve: zodWithoutEval,
  plugins: [
    react(),
    contentSecurityPolicyPlugin(),
    earlyScriptPlugin('start-early'),
    bundledEmojiPlugin(resolve('node_modules/emoji-datasource-twitter/img/twitter/64')),
    unpackedFontPlugin(
      resolve('node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff'),
      'fonts/noto-sans-sc.ttf',
    ),
    unpackedFontPlugin(
      resolve('node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff'),
      'fonts/noto-sans-kr.ttf',
    ),
  ],
  build: {
    outDir: resolve('out/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      // start-early.ts is a script of its own, loaded first (earlyScriptPlugin).
      input: { index: resolve('renderer/index.html'), 'start-early': resolve('renderer/start-early.ts') },
      // What the start needs (`$initial`: imported, not loaded on first use) in three large scripts that the
      // browser reads side by side: React, the other libraries, the app's own start. Left to itself, the
      // bundler cut it into twenty, many under 1 kB, each a file to fetch and a script to start, since
      // screens loaded later share pieces of it; that made the start slower though it held less code.
      // The early script keeps only the database list, so it runs before the large ones are read.
      output: {
        codeSplitting: {
          groups: [
            { name: 'database-listing', test: /database-listing/, priority: 3 },
            { name: 'react', tags: ['$initial'], test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'start-libs', tags: ['$initial'], test: /node_modules[\\/](dexie|zod|zustand)[\\/]/, priority: 1 },
            {
              name: 'start-app',
              tags: ['$initial'],
              test: (id: string) => isAppSource(id) && !/start-early/.test(id),
            },
          ],
        },
      },
    },
  },
} satisfies RendererViteConfig;

export default defineConfig({
  main: {
    build: {
      outDir: resolve('out/main'),
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: zodWithoutEval,
    build: {
      outDir: resolve('out/preload'),
      // A sandboxed preload can require nothing but 'electron': bundle zod and the contract into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
