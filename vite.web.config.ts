/**
 * The browser build: the same renderer as the desktop app, served from localhost by `npm run web`.
 * The frameworks come along as static JSON, and the preview server sends the same CSP header as the
 * desktop app's protocol handler.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './electron.vite.config.ts';
import { contentSecurityPolicyHeader } from './shared/security/content-security-policy.ts';
import { bundledFrameworksPlugin, immutableAssetsPlugin } from './scripts/vite-plugins.ts';

const headers = { 'Content-Security-Policy': contentSecurityPolicyHeader };

export default defineConfig({
  ...rendererConfig,
  plugins: [...rendererConfig.plugins, bundledFrameworksPlugin(resolve('resources/frameworks')), immutableAssetsPlugin()],
  build: { ...rendererConfig.build, outDir: resolve('out/web') },
  server: { headers, port: 5174, strictPort: false },
  // A fixed port: the browser keeps the workspace per origin, so a different port would show an empty one.
  preview: { headers, port: 4174, strictPort: true, host: '127.0.0.1' },
});
