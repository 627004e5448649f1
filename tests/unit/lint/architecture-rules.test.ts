/**
 * The lint rules that hold the architecture in place: shared/ stays pure, raw IPC stays in its wrappers,
 * the renderer's layers import only downwards, and features meet only through their index.
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

  it.each([
    ['renderer/store/people-slice.ts', "import type { Route } from '../app/routes';", 'never import app/'],
    ['renderer/store/people-slice.ts', "import { useGapFigures } from '../features/gaps/use-gap-figures';", 'never import app/'],
    ['renderer/db/goals-repository.ts', "import { PlanTab } from '../features/plan';", 'never import app/'],
    ['renderer/platform/browser-platform.ts', "import { App } from '../app/app';", 'never import app/'],
    ['renderer/charts/area-points.ts', "import { GapsTab } from '../features/gaps';", 'never import app/'],
    ['renderer/db/goals-repository.ts', "import { useAppStore } from '../store/app-store';", 'below the store'],
    ['renderer/platform/browser-platform.ts', "import type { AppState } from '../store/app-store';", 'below the store'],
    ['renderer/features/plan/plan-tab.tsx', "import { useRatingValues } from '../gaps/use-gap-figures';", 'through its index'],
    ['renderer/features/history/history-tab.tsx', "import { gapFigures } from '../gaps/gap-figures';", 'through its index'],
    ['renderer/app/app.tsx', "import { PeopleNav } from '../features/people/people-nav';", 'through its index'],
  ])('in %s, forbids %s', async (file, code, named) => {
    const messages = await restrictedImports(`${code}\nexport const x = 1;\n`, file);
    expect(messages.join(' ')).toContain(named);
  });

  it.each([
    ['renderer/store/people-slice.ts', "import type { AppState } from './app-store';"],
    ['renderer/store/people-slice.ts', "import { listPeople } from '../db/people-repository';"],
    ['renderer/features/plan/plan-tab.tsx', "import { ActionList } from './action-list';"],
    ['renderer/features/rate/rate-tab.tsx', "import { ProgressPanel } from '../gaps';"],
    ['renderer/features/rate/rate-tab.tsx', "import { useAppStore } from '../../store/app-store';"],
    ['renderer/app/app.tsx', "import { PeopleNav } from '../features/people';"],
    ['renderer/app/app.tsx', "import { useAppStore } from '../store/app-store';"],
  ])('in %s, allows %s', async (file, code) => {
    expect(await restrictedImports(`${code}\nexport const x = 1;\n`, file)).toEqual([]);
  });

  it('still forbids raw IPC in the renderer’s layers', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const raw = ipcRenderer;\n";
    expect(await restrictedImports(code, 'renderer/features/plan/plan-tab.tsx')).toHaveLength(1);
    expect(await restrictedImports(code, 'renderer/store/people-slice.ts')).toHaveLength(1);
  });
});

describe('zod subpath lint rule', () => {
  const subpath = "import { z } from 'zod/v4';\nexport const s = z.string();\n";

  it.each([
    'renderer/features/plan/plan-tab.tsx',
    'renderer/store/people-slice.ts',
    'renderer/app/app.tsx',
    'renderer/start-early.ts',
    'shared/framework/example.ts',
    'electron/preload/index.ts',
    'electron/preload/ipc.ts',
    'electron/main/ipc.ts',
  ])('in %s, refuses a value import from a zod subpath, which skips the set-up', async (file) => {
    expect((await restrictedImports(subpath, file)).join(' ')).toContain('zod-without-eval.ts');
  });

  it('allows type imports from a subpath, and zod itself', async () => {
    const code =
      "import type { $ZodIssue } from 'zod/v4/core';\nimport { z } from 'zod';\nexport const s: $ZodIssue | string = z.string().parse('');\n";
    expect(await restrictedImports(code, 'renderer/features/plan/plan-tab.tsx')).toEqual([]);
  });

  it('lets the set-up file alone import zod’s entry, and only on its marked lines', async () => {
    const [setUp] = await eslint.lintFiles([resolve(root, 'shared/zod-without-eval.ts')]);
    expect(setUp?.messages).toEqual([]);
    // The rest of shared/'s rules still hold there.
    const messages = await restrictedImports("import Dexie from 'dexie';\nexport const d = Dexie;\n", 'shared/zod-without-eval.ts');
    expect(messages.join(' ')).toContain('Dexie');
    expect(await restrictedImports(subpath, 'shared/zod-without-eval.ts')).toHaveLength(1);
  });
});

describe('store selector lint rule', () => {
  async function selectorProblems(selector: string): Promise<string[]> {
    const code = `import { useAppStore } from '../../store/app-store';\nexport function useProbe(id: string) {\n  return useAppStore(${selector});\n}\n`;
    const [result] = await eslint.lintText(code, { filePath: resolve(root, 'renderer/features/people/probe.ts') });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
  }

  it.each([
    '(state) => state.people.filter((person) => person.id === id)',
    '(state) => state.people.map((person) => person.name)',
    '(state) => ({ people: state.people, id })',
    '(state) => [state.people, id]',
    '(state) => new Set(state.people)',
  ])('refuses a selector that builds a new value: %s', async (selector) => {
    expect((await selectorProblems(selector)).join(' ')).toContain('React error #185');
  });

  it.each([
    '(state) => state.people',
    '(state) => state.people.find((person) => person.id === id)',
    '(state) => state.people.some((person) => person.id === id)',
    'useShallow((state) => state.people.filter((person) => person.id === id))',
  ])('allows a selector that returns a stable value: %s', async (selector) => {
    expect(await selectorProblems(selector)).toEqual([]);
  });
});
