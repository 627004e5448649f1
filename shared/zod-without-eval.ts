/**
 * Zod as the page's code gets it: the browser build, the desktop renderer and the preload resolve `zod`
 * here (electron.vite.config.ts), so this runs before any schema is made, in the window, in every worker
 * and in the preload.
 *
 * Zod checks objects faster with code it compiles through `new Function` where the page allows it, and
 * probes for that when it makes its first object schema. Waymark's content security policy never allows
 * it (no 'unsafe-eval'), so the probe only raised a policy violation at every start and in every worker.
 * The main process, the tests and the typechecker use zod itself. A lint rule keeps the page's code from
 * importing zod's subpaths, which would skip this file.
 */
// This is the set-up a subpath would skip, so it alone imports zod's own entry.
// eslint-disable-next-line no-restricted-imports
import { z } from 'zod/v4';

z.config({ jitless: true });

// eslint-disable-next-line no-restricted-imports
export * from 'zod/v4';
