/**
 * Zod as the renderer's code gets it: the browser build and the desktop renderer resolve `zod` here
 * (electron.vite.config.ts), so this runs before any schema is made, in the window and in every worker.
 *
 * Zod checks objects faster with code it compiles through `new Function` where the page allows it, and
 * probes for that when it makes its first object schema. Waymark's content security policy never allows
 * it (no 'unsafe-eval'), so the probe only raised a policy violation at every start and in every worker.
 * The main process, the tests and the typechecker use zod itself.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
