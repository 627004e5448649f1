/**
 * Serves the browser build until stopped: Playwright's web server for the end-to-end tests, on the port
 * WAYMARK_E2E_PORT names (4175 by default).
 */
import { resolve } from 'node:path';
import { previewPort, startPreviewServer } from './preview-server.ts';

const server = await startPreviewServer(resolve(import.meta.dirname, '..'), previewPort('e2e'));
server.stdout?.pipe(process.stdout);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
