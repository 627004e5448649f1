/**
 * The app as it ships: built with electron-vite, packed by electron-builder (`--dir`, Linux) with
 * Electron's runtime replaced by a stand-in folder, then checked file by file. Catches a bloated or
 * incomplete archive, a stale browser build packed by accident, fuses not flipped, and a preload that
 * needs more than a sandboxed preload is given.
 *
 * The stand-in runtime is a file holding Electron's fuse wire (the sentinel @electron/fuses looks for,
 * then one byte per fuse), so electron-builder flips fuses in it exactly as it would in the real binary.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import events from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import timers from 'node:timers';
import url from 'node:url';
import { runInNewContext } from 'node:vm';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPackageBin } from '../../../scripts/package-bin';
import { contextBridge, ipcRenderer, resetFake, sandboxedPreloadRequire } from '../../fakes/electron';

const root = resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// A fuse is the byte '1' (on) or '0' (off); the package does not export these.
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;
// The sentinel @electron/fuses searches for, fuse-wire version 1, and Electron's shipped defaults.
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseCount = 8;
const shippedFuses = [1, 1, 1, 1, 0, 0, 0, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));

let work = '';
let appDir = '';
let asarPath = '';
let asarFiles: string[] = [];
const staleProbe = join(root, 'out/web/stale-browser-build.txt');

function run(name: string, args: string[]): void {
  const result = runPackageBin(root, name, args, { encoding: 'utf8', stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`${name} ${args.join(' ')} failed:\n${String(result.stdout)}\n${String(result.stderr)}`);
}

function stubElectronRuntime(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  const wire = Buffer.from([1, fuseCount, ...shippedFuses]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n'), Buffer.from(fuseSentinel), wire]), {
    mode: 0o755,
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'waymark-pack-'));
  run('electron-vite', ['build']);
  // A browser build left in out/ must stay out of the archive.
  mkdirSync(join(root, 'out/web'), { recursive: true });
  writeFileSync(staleProbe, 'not part of the desktop app');
  stubElectronRuntime(join(work, 'electron-dist'));
  run('electron-builder', [
    '--linux',
    'dir',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${join(work, 'electron-dist')}`,
    `-c.directories.output=${join(work, 'dist')}`,
  ]);
  appDir = join(work, 'dist', 'linux-unpacked');
  asarPath = join(appDir, 'resources', 'app.asar');
  asarFiles = listPackage(asarPath, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
}, 180_000);

afterAll(() => {
  rmSync(staleProbe, { force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the packed app archive', () => {
  it('holds the built main process, preload, renderer, window icon and package.json', () => {
    expect(asarFiles).toEqual(
      expect.arrayContaining([
        `/${manifest.main}`,
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        '/resources/icons/icon.png',
        '/package.json',
        '/node_modules/zod/package.json',
      ]),
    );
    expect(asarFiles.some((file) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(file))).toBe(true);
  });

  it('holds nothing that does not run: no browser build, sources, tests or devDependencies', () => {
    const topLevel = new Set(asarFiles.map((file) => file.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json', 'resources']);
    expect(asarFiles.filter((file) => file.startsWith('/out/web'))).toEqual([]);
    expect(asarFiles.filter((file) => /\.([mc]?tsx?|map)$/.test(file))).toEqual([]);
    const packages = new Set(asarFiles.flatMap((file) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(file)?.[1] ?? []));
    for (const dev of Object.keys(manifest.devDependencies)) expect(packages.has(dev), dev).toBe(false);
    expect([...packages].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('is small: the renderer is bundled, so no library ships twice', () => {
    // The documents' emoji images and CJK font are data, not code: counted apart, with their own bound.
    const assetDirs = ['emoji', 'fonts'].map((name) => join(root, 'out/renderer', name));
    const assetBytes = assetDirs.reduce(
      (sum, dir) => sum + readdirSync(dir).reduce((dirSum, name) => dirSum + statSync(join(dir, name)).size, 0),
      0,
    );
    const megabytes = (statSync(asarPath).size - assetBytes) / 1024 / 1024;
    const assetMegabytes = assetBytes / 1024 / 1024;
    console.info(
      `app.asar: ${megabytes.toFixed(1)} MB of code and data, ${assetMegabytes.toFixed(1)} MB of emoji and fonts, ${asarFiles.length} entries`,
    );
    expect(megabytes).toBeLessThan(15);
    expect(assetMegabytes).toBeLessThan(25);
  });

  it('loads only modules it carries: the main bundle imports electron, Node built-ins and its dependencies', () => {
    const main = extractFile(asarPath, manifest.main).toString('utf8');
    const imported = [
      ...main.matchAll(/(?:^|\n)import\s[^'"]*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
    expect(imported.length).toBeGreaterThan(0);
    const unexpected = imported.filter(
      (name) => name !== 'electron' && !name.startsWith('node:') && !Object.hasOwn(manifest.dependencies, name.split('/')[0] ?? ''),
    );
    expect(unexpected).toEqual([]);
  });

  it('puts every bundled framework beside the archive', () => {
    const bundled = readdirSync(join(root, 'resources/frameworks')).filter((name) => name.endsWith('.json'));
    expect(readdirSync(join(appDir, 'resources', 'frameworks')).sort()).toEqual(bundled.sort());
  });

  it('has its fuses flipped: no RunAsNode, NODE_OPTIONS or --inspect; only its own archive, integrity-checked', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'waymark'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyAsar: FuseState.ENABLE,
      fileProtocolPrivileges: FuseState.DISABLE,
    });
  });
});

describe('the built preload', () => {
  /** Runs the preload's code in a fresh context, as a sandboxed preload: what it required, and what code it compiled. */
  function runPreload(code: string): { required: string[]; compiled: string[] } {
    resetFake();
    const required: string[] = [];
    const sandboxRequire = sandboxedPreloadRequire({ events, timers, url });
    const module = { exports: {} };
    // The page's content security policy allows no eval: any code compiled at run time is recorded.
    const compiled: string[] = [];
    const recordingFunction = new Proxy(Function, {
      construct(target, args: string[]) {
        compiled.push(args.join(', '));
        return Reflect.construct(target, args);
      },
      apply(target, self, args: string[]) {
        compiled.push(args.join(', '));
        return Reflect.apply(target, self, args);
      },
    });
    // A fresh context: the preload gets the polyfilled globals Electron gives it and nothing of this process.
    runInNewContext(code, {
      require: (name: string) => {
        required.push(name);
        return sandboxRequire(name);
      },
      module,
      exports: module.exports,
      console,
      Buffer,
      process: { env: {}, platform: process.platform, versions: process.versions },
      setImmediate,
      clearImmediate,
      setTimeout,
      clearTimeout,
      Function: recordingFunction,
    });
    return { required, compiled };
  }

  it('runs with only what a sandboxed preload may require, compiles no code, and exposes the API', () => {
    const { required, compiled } = runPreload(extractFile(asarPath, 'out/preload/index.cjs').toString('utf8'));
    expect([...new Set(required)]).toEqual(['electron']);
    // zod does not probe for eval: shared/zod-without-eval.ts sets it up before the first schema.
    expect(compiled).toEqual([]);
    const api = contextBridge.exposed.get('waymark');
    expect(typeof api).toBe('object');
    expect(Object.values(api ?? {}).every((value) => typeof value === 'function')).toBe(true);
    expect(ipcRenderer.invocations).toEqual([]);
  });

  it('would compile code at load without that set-up: the check above can fail', () => {
    const code = extractFile(asarPath, 'out/preload/index.cjs').toString('utf8');
    const setUp = 'jitless: true';
    expect(code).toContain(setUp);
    // The preload makes its schemas when it loads, and zod's first object schema probes for eval.
    expect(runPreload(code.replace(setUp, 'jitless: false')).compiled.length).toBeGreaterThan(0);
  });
});
