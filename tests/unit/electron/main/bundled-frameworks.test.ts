/** Loading the bundled frameworks from disk, and telling the person once about any broken file. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frameworksDir, loadBundledFrameworks, reportFrameworkProblems } from '../../../../electron/main/bundled-frameworks';
import { app as fakeApp, dialog as fakeDialog, resetFake } from '../../../fakes/electron';

const bundled = join(import.meta.dirname, '../../../../resources/frameworks');
let dir = '';

beforeEach(() => {
  resetFake();
  dir = mkdtempSync(join(tmpdir(), 'waymark-frameworks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('frameworksDir', () => {
  const resourcesPath = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
  afterEach(() => {
    if (resourcesPath === undefined) Reflect.deleteProperty(process, 'resourcesPath');
    else Object.defineProperty(process, 'resourcesPath', resourcesPath);
  });

  it('uses the checkout in development', () => {
    fakeApp.appPath = '/home/dev/waymark';
    expect(frameworksDir()).toBe('/home/dev/waymark/resources/frameworks');
  });

  it("uses the installed app's resources folder when packaged", () => {
    fakeApp.isPackaged = true;
    Object.defineProperty(process, 'resourcesPath', { value: '/opt/Waymark/resources', configurable: true });
    expect(frameworksDir()).toBe('/opt/Waymark/resources/frameworks');
  });
});

describe('loadBundledFrameworks', () => {
  it('loads the good file and names the broken one with its problem', async () => {
    copyFileSync(join(bundled, 'role-card-dei-gen-p5.json'), join(dir, 'role-card-dei-gen-p5.json'));
    writeFileSync(join(dir, 'broken.json'), '{ "kind": "role-card", ');

    const catalog = await loadBundledFrameworks(dir);

    expect(catalog.frameworks.map((framework) => framework.id)).toEqual(['role-card-dei-gen-p5']);
    expect(catalog.problems).toHaveLength(1);
    expect(catalog.problems[0]?.file).toBe('broken.json');
    expect(catalog.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('names a file that is JSON but not a framework, with the field at fault', async () => {
    writeFileSync(join(dir, 'not-a-framework.json'), JSON.stringify({ kind: 'career-map', id: 'Not A Slug' }));
    const catalog = await loadBundledFrameworks(dir);
    expect(catalog.frameworks).toEqual([]);
    expect(catalog.problems[0]?.file).toBe('not-a-framework.json');
    expect(catalog.problems[0]?.message).toMatch(/^id: /m);
  });

  it('reads only .json files, in name order', async () => {
    copyFileSync(join(bundled, 'role-card-dei-gen-p5.json'), join(dir, 'b.json'));
    copyFileSync(join(bundled, 'career-map-infrastructure-frontend.json'), join(dir, 'a.json'));
    writeFileSync(join(dir, 'README.md'), '# not a framework');
    writeFileSync(join(dir, '.DS_Store'), 'junk');

    const catalog = await loadBundledFrameworks(dir);

    expect(catalog.frameworks.map((framework) => framework.id)).toEqual(['career-map-infrastructure-frontend', 'role-card-dei-gen-p5']);
    expect(catalog.problems).toEqual([]);
  });

  it('turns a missing folder into a problem instead of a crash', async () => {
    const missing = join(dir, 'no-such-folder');
    const catalog = await loadBundledFrameworks(missing);
    expect(catalog.frameworks).toEqual([]);
    expect(catalog.problems).toEqual([{ file: missing, message: expect.stringMatching(/could not be read \(ENOENT\)/) }]);
  });

  it('loads every file Waymark ships', async () => {
    const catalog = await loadBundledFrameworks(bundled);
    expect(catalog.problems).toEqual([]);
    expect(catalog.frameworks.length).toBeGreaterThanOrEqual(2);
  });
});

describe('reportFrameworkProblems', () => {
  const problem = { file: 'broken.json', message: 'The file is not valid JSON (Unexpected end of JSON input).' };

  it('shows nothing when every file loaded', async () => {
    await reportFrameworkProblems(dialog, []);
    expect(fakeDialog.messageBoxes).toEqual([]);
  });

  it('shows one error dialog naming the file, its problem and what to do', async () => {
    await reportFrameworkProblems(dialog, [problem]);
    expect(fakeDialog.messageBoxes).toHaveLength(1);
    const options = fakeDialog.messageBoxes[0]?.options;
    expect(options).toMatchObject({ type: 'error', message: '1 framework file could not be loaded' });
    expect(options?.['title']).toEqual(expect.any(String));
    const detail = String(options?.['detail']);
    expect(detail).toContain('broken.json');
    expect(detail).toContain(problem.message);
    expect(detail).toMatch(/opened with the remaining frameworks/);
    expect(detail).toMatch(/reinstall/i);
  });

  it('shows one dialog for several files, attached to the window when given', async () => {
    const window = new BrowserWindow({});
    await reportFrameworkProblems(dialog, [problem, { file: 'other.json', message: 'id: expected a slug' }], window);
    expect(fakeDialog.messageBoxes).toHaveLength(1);
    expect(fakeDialog.messageBoxes[0]?.window).toBe(window);
    expect(fakeDialog.messageBoxes[0]?.options['message']).toBe('2 framework files could not be loaded');
    expect(String(fakeDialog.messageBoxes[0]?.options['detail'])).toMatch(/broken\.json[\s\S]*other\.json[\s\S]*id: expected a slug/);
  });
});
