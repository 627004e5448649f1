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

  it('packs the built app and the window icon, and not the browser build', () => {
    expect(config).toMatchObject({
      files: expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/icons/icon.png']),
    });
    expect(JSON.stringify(config)).not.toMatch(/"out\/\*\*"|out\/web/);
  });

  it('re-signs the ad-hoc signature the fuses break, so an unsigned Apple Silicon build still launches', () => {
    expect(config).toMatchObject({ electronFuses: { resetAdHocDarwinSignature: true }, mac: { hardenedRuntime: true } });
  });

  // electron-builder's deb target (FpmTarget.computeFpmMetaInfoOptions) refuses to build without these.
  it('gives the deb a homepage and a maintainer with an e-mail address', () => {
    const manifest: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8'));
    expect(manifest).toMatchObject({ homepage: expect.stringMatching(/^https:\/\//), author: { email: expect.stringContaining('@') } });
    expect(config).toMatchObject({ linux: { maintainer: expect.stringMatching(/^.+ <[^@\s]+@[^@\s]+>$/) } });
  });

  it('offers Waymark for framework files and backups without taking over their default app', () => {
    expect(config).toMatchObject({
      mac: { fileAssociations: [{ ext: ['json', 'yaml', 'yml', 'csv'], rank: 'Alternate' }] },
      linux: { mimeTypes: expect.arrayContaining(['application/json', 'text/csv']) },
    });
    expect(config).not.toHaveProperty('fileAssociations');
    expect(config).not.toHaveProperty('win.fileAssociations');
    expect(config).not.toHaveProperty('linux.fileAssociations');
  });
});
