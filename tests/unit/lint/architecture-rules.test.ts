/**
 * The lint rules that hold the architecture in place: shared/ stays pure, raw IPC stays in its wrappers.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('architecture lint rules', () => {
  it.each([
    ["import { app } from 'electron';", 'Electron'],
    ["import { readFile } from 'node:fs';", 'Node'],
    ["import { useState } from 'react';", 'React'],
    ["import Dexie from 'dexie';", 'Dexie'],
    ["import { Platform } from '../../renderer/platform/platform';", 'either side'],
  ])('keeps shared/ free of %s', async (code, named) => {
    const messages = await restrictedImports(`${code}\nexport const x = 1;\n`, 'shared/framework/example.ts');
    expect(messages.join(' ')).toContain(named);
  });

  it('allows plain imports in shared/', async () => {
    expect(await restrictedImports("import { z } from 'zod';\nexport const s = z.string();\n", 'shared/framework/example.ts')).toEqual([]);
  });

  it.each(['electron/main/index.ts', 'electron/preload/index.ts', 'electron/main/security.ts'])(
    'forbids raw ipcMain/ipcRenderer in %s',
    async (file) => {
      const code = "import { ipcMain, ipcRenderer } from 'electron';\nexport const both = [ipcMain, ipcRenderer];\n";
      expect(await restrictedImports(code, file)).toHaveLength(2);
    },
  );

  it.each(['electron/main/ipc.ts', 'electron/preload/ipc.ts'])('allows raw IPC in the wrapper %s', async (file) => {
    const code = "import { ipcMain, ipcRenderer } from 'electron';\nexport const both = [ipcMain, ipcRenderer];\n";
    expect(await restrictedImports(code, file)).toEqual([]);
  });
});
