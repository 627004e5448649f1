/**
 * Serves the browser build (out/web) on a port for a script's own use, as `npm run web` does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** Starts Vite's preview server and resolves once it listens. Vite itself runs, not npx, so `kill()` stops the server. */
export async function startPreviewServer(root: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--config', 'vite.web.config.ts', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((ready) => server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && ready()));
  return server;
}
