import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import base from '../vite.web.config.ts';
export default defineConfig({
  ...base,
  build: {
    ...base.build,
    outDir: resolve('/tmp/web-split'),
    rollupOptions: {
      ...(base.build?.rollupOptions ?? {}),
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/zod')) return 'v-zod';
          if (id.includes('node_modules/dexie')) return 'v-dexie';
          if (id.includes('node_modules/react-dom') || id.includes('node_modules/scheduler')) return 'v-react-dom';
          if (id.includes('node_modules/')) return 'v-other';
          if (id.includes('/shared/')) return 'a-shared';
          return undefined;
        },
      },
    },
  },
});
