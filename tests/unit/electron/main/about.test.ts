/** Help › About Waymark: version, where the data is, and licences that match what ships. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutMessage, shippedLicences } from '../../../../electron/main/about';

const root = join(import.meta.dirname, '../../../..');
const licenceOf = (name: string): unknown => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).license;

describe('aboutMessage', () => {
  it('names the version, the runtime and where the workspace and its backups are', () => {
    const message = aboutMessage({
      version: '1.2.3',
      versions: { electron: '45.4.1', chrome: '142.0.0.0', node: '22.20.0' },
      userDataDir: '/home/zoë/.config/Waymark',
      backupsDir: '/home/zoë/.config/Waymark/backups',
    });
    expect(message.message).toBe('Waymark 1.2.3');
    expect(message.detail).toContain('/home/zoë/.config/Waymark\n');
    expect(message.detail).toContain('/home/zoë/.config/Waymark/backups');
    expect(message.detail).toContain('Electron 45.4.1');
    expect(message.buttons).toEqual(['OK', 'Show Where My Data Is']);
  });

  it('states each shipped library’s licence as its package does', () => {
    const stated = new Map(shippedLicences.map(({ name, licence }) => [name, licence]));
    for (const name of [
      'react',
      'react-dom',
      'zustand',
      'zod',
      'recharts',
      '@react-pdf/renderer',
      'papaparse',
      'jsonc-parser',
      'electron',
    ]) {
      expect(licenceOf(name), name).toBe('MIT');
    }
    expect(licenceOf('yaml')).toBe(stated.get('yaml'));
    expect(licenceOf('dexie')).toBe(stated.get('Dexie'));
  });
});
