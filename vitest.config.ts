import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Main-process code is tested against a small recording fake: the real module would try to start
    // (or download) the Electron runtime. Typechecking still uses Electron's real types.
    alias: { electron: resolve('tests/fakes/electron.ts') },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests and real-IndexedDB tests run for seconds; CI machines run them slower still.
    testTimeout: 60_000,
  },
});
