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
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: ipcMessage }] }],
    },
  },
  {
    // The two IPC wrappers are the only places that touch Electron's raw IPC objects.
    files: ['electron/main/ipc.ts', 'electron/preload/ipc.ts'],
    rules: { 'no-restricted-imports': 'off' },
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
    // Tool configuration files are loaded by their tools, which expect a default export.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
