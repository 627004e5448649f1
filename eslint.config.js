// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const namedExports = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };

// A store selector that builds a new array or object returns a different value on every call, so
// React re-renders forever (error #185): select the source and memoise, or wrap the selector in useShallow.
const unstableSelector = (/** @type {string} */ built) => ({
  selector: `CallExpression[callee.name='useAppStore'] > ArrowFunctionExpression > ${built}`,
  message:
    'This store selector builds a new value on every call (React error #185): wrap it in useShallow, or select the source and useMemo.',
});
const unstableSelectors = [
  unstableSelector('CallExpression[callee.property.name=/^(filter|map|flatMap|slice|concat|toSorted|toReversed|entries|keys|values)$/]'),
  unstableSelector('ObjectExpression'),
  unstableSelector('ArrayExpression'),
  unstableSelector('NewExpression'),
];

const ipcMessage =
  'Use the typed IPC wrappers (electron/main/ipc.ts, electron/preload/ipc.ts); raw ipcMain/ipcRenderer is allowed only there.';
const rawIpc = { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: ipcMessage };

/**
 * The renderer's layers, bottom up: db/, platform/, charts/, components/, pdf/ and store/ hold no
 * screens; features/ build on them; app/ frames the features. A layer never imports one above it, and
 * a feature uses another only through that feature's index.ts.
 * (Flat config replaces a rule's options per file rather than merging them: every entry keeps rawIpc.)
 */
const aboveTheStore = {
  regex: '^(\\.\\./)+(app|features)(/|$)',
  message: 'store/, db/, platform/ and the other shared renderer layers never import app/ or features/: move what both need down a layer.',
};
const aboveTheDatabase = {
  regex: '^(\\.\\./)+store(/|$)',
  message: 'db/ and platform/ sit below the store: the store calls them, never the reverse.',
};
const intoAnotherFeature = {
  regex: '^\\.\\./[^./][^/]*/',
  message: "A feature uses another feature only through its index (import from '../other'), never its internal files.",
};
const intoAFeatureFromTheApp = {
  regex: '^\\.\\./features/[^/]+/',
  message: "The app frame uses a feature only through its index (import from '../features/name').",
};
/**
 * The page's code imports `zod`, which its builds resolve to shared/zod-without-eval.ts: a subpath would
 * skip that set-up, and a worker or preload whose first schema came from it would probe for eval again.
 * (Types from zod/v4/core are fine: they are erased.)
 */
const zodSubpath = {
  regex: '^zod/',
  allowTypeImports: true,
  message: "Import from 'zod': the page's builds resolve it to shared/zod-without-eval.ts, which a subpath skips.",
};
const layered = (...patterns) => ['error', { paths: [rawIpc], patterns: [zodSubpath, ...patterns] }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', namedExports],
      'no-restricted-imports': layered(),
    },
  },
  {
    // The two IPC wrappers are the only places that touch Electron's raw IPC objects.
    files: ['electron/main/ipc.ts', 'electron/preload/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [zodSubpath] }] },
  },
  {
    // shared/ runs on both sides of the IPC bridge and in tests: plain TypeScript only.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ must not depend on Electron.' },
            { name: 'react', message: 'shared/ must not depend on React.' },
            { name: 'react-dom', message: 'shared/ must not depend on React.' },
            { name: 'dexie', message: 'shared/ must not depend on Dexie; storage lives in renderer/db.' },
            { name: 'zustand', message: 'shared/ must not depend on the renderer store.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'shared/ must not depend on Node built-ins.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import from either side.' },
            zodSubpath,
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-syntax': ['error', namedExports, ...unstableSelectors] },
  },
  {
    files: ['renderer/{store,charts,components,pdf}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': layered(aboveTheStore) },
  },
  {
    files: ['renderer/{db,platform}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': layered(aboveTheStore, aboveTheDatabase) },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': layered(intoAnotherFeature) },
  },
  {
    files: ['renderer/app/**/*.{ts,tsx}', 'renderer/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': layered(intoAFeatureFromTheApp) },
  },
  {
    // Tool configuration files are loaded by their tools, which expect a default export.
    files: ['*.config.ts', '*.config.js', 'scripts/bench/hello-world/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
