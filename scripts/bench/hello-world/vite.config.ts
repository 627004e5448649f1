/**
 * The hello-world page of the startup benchmark, built with the browser build's plugins and served
 * with its headers.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from '../../../electron.vite.config.ts';
import webConfig from '../../../vite.web.config.ts';
import { immutableAssetsPlugin } from '../../vite-plugins.ts';

export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  publicDir: false,
  plugins: [...rendererConfig.plugins, immutableAssetsPlugin()],
  build: {
    outDir: resolve('out/bench-hello-world'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(import.meta.dirname, 'index.html') },
  },
  preview: webConfig.preview,
});
