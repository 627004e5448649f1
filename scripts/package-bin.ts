/**
 * Runs a package's command-line tool with this Node, by the script its package.json names.
 *
 * Not `npx` or `node_modules/.bin/x`: on Windows those are `.cmd` shims that `spawn` cannot start
 * without a shell, so every script and test that runs a tool goes through here instead.
 */
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The script behind `bin` of package `name` (its only one, or the one named like the package). */
export function packageBin(root: string, name: string, bin: string = name.split('/').at(-1) ?? name): string {
  const manifestPath = resolve(root, 'node_modules', name, 'package.json');
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bins = typeof manifest === 'object' && manifest !== null && 'bin' in manifest ? manifest.bin : undefined;
  const script =
    typeof bins === 'string' ? bins : typeof bins === 'object' && bins !== null && bin in bins ? Reflect.get(bins, bin) : undefined;
  if (typeof script !== 'string') throw new Error(`${name} has no command "${bin}" (${manifestPath}).`);
  return resolve(dirname(manifestPath), script);
}

/** `node <bin of name> ...args`, waiting for it; output goes where `options.stdio` says. */
export function runPackageBin(
  root: string,
  name: string,
  args: readonly string[],
  options: SpawnSyncOptions & { bin?: string } = {},
): SpawnSyncReturns<string | Buffer> {
  const { bin, ...spawnOptions } = options;
  return spawnSync(process.execPath, [packageBin(root, name, bin), ...args], { cwd: root, ...spawnOptions });
}
