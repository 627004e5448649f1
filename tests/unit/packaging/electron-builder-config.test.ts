/**
 * The packaging configuration: every platform, the bundled frameworks where the main process looks,
 * and Electron's fuses set so a packaged Waymark cannot be run as a plain Node.js or load foreign code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config: unknown = parse(readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8'));

describe('electron-builder.yml', () => {
  it('builds for Windows, macOS and Linux', () => {
    expect(config).toMatchObject({ win: { target: 'nsis' }, mac: { target: 'dmg' }, linux: { target: ['AppImage', 'deb'] } });
  });

  it('turns RunAsNode, NODE_OPTIONS and --inspect off, and ASAR integrity and only-load-from-ASAR on', () => {
    expect(config).toMatchObject({
      asar: true,
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
      },
    });
  });

  it('puts the bundled frameworks beside the archive, where the main process reads them', () => {
    expect(config).toMatchObject({ extraResources: [{ from: 'resources/frameworks', to: 'frameworks' }] });
    expect(readFileSync(resolve(import.meta.dirname, '../../../electron/main/bundled-frameworks.ts'), 'utf8')).toContain(
      "join(process.resourcesPath, 'frameworks')",
    );
  });

  it('packs the built app and the window icon', () => {
    expect(config).toMatchObject({ files: expect.arrayContaining(['out/**', 'resources/icons/**']) });
  });
});
