/**
 * The one way scripts serve the browser build (out/web, made by `npm run build:web`): the test runner's
 * end-to-end tests (through Playwright's web server, scripts/serve-web.ts), the benchmark and the
 * screenshots. Each use has its own port, which an environment variable moves, so several checkouts can
 * run side by side; `npm run web` keeps its fixed port 4174 (the browser keeps a workspace per address).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { packageBin } from './package-bin.ts';

/**
 * What `npm run build:web` runs, for the test runner, which builds without npm: Windows cannot spawn
 * npm's .cmd shim without a shell (see package-bin.ts).
 */
export const webBuild = { tool: 'vite', args: ['build', '--config', 'vite.web.config.ts'] } as const;

export const previewPorts = {
  e2e: { variable: 'WAYMARK_E2E_PORT', fallback: 4175 },
  screenshots: { variable: 'WAYMARK_SCREENSHOTS_PORT', fallback: 4176 },
  bench: { variable: 'WAYMARK_BENCH_PORT', fallback: 4177 },
} as const;

/** The port a use serves on: its environment variable if set, else its default. */
export function previewPort(use: keyof typeof previewPorts): number {
  const { variable, fallback } = previewPorts[use];
  const given = process.env[variable];
  if (given === undefined || given === '') return fallback;
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`${variable} must be a port number (1–65535), not "${given}"`);
  return port;
}

/** Starts Vite's preview server and resolves once it listens. Vite itself runs, not npx, so `kill()` stops the server. */
export async function startPreviewServer(root: string, port: number, config = 'vite.web.config.ts'): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [packageBin(root, 'vite'), 'preview', '--config', config, '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((ready, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && ready());
    server.on('exit', (code) => fail(new Error(`the preview server stopped (exit code ${code}); is port ${port} taken?`)));
  });
  return server;
}
