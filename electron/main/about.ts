/**
 * Help › About Waymark: the version, what it runs on, where the data lives, and the licences of what
 * ships inside it.
 */
import type { MessageBoxOptions } from 'electron';

export interface AboutFacts {
  version: string;
  versions: Pick<NodeJS.ProcessVersions, 'electron' | 'chrome' | 'node'>;
  userDataDir: string;
  backupsDir: string;
}

/** What the packaged app carries, with its licence (checked against node_modules by a test). */
export const shippedLicences: readonly { name: string; licence: string }[] = [
  { name: 'Electron and Chromium', licence: 'MIT; Chromium’s licences are in LICENSES.chromium.html beside the app' },
  { name: 'React, React DOM, zustand, zod, recharts, @react-pdf/renderer, Papa Parse, jsonc-parser', licence: 'MIT' },
  { name: 'yaml', licence: 'ISC' },
  { name: 'Dexie', licence: 'Apache-2.0' },
  { name: 'DejaVu Sans (the documents’ font)', licence: 'the Bitstream Vera / DejaVu free font licence' },
];

export function aboutMessage(facts: AboutFacts): MessageBoxOptions {
  const licences = shippedLicences.map(({ name, licence }) => `• ${name}: ${licence}`).join('\n');
  return {
    type: 'info',
    title: 'About Waymark',
    message: `Waymark ${facts.version}`,
    detail:
      'A private, offline career planner. Nothing you enter leaves this computer.\n\n' +
      `Your workspace is kept in:\n${facts.userDataDir}\nAutomatic backups are in:\n${facts.backupsDir}\n\n` +
      `Electron ${facts.versions.electron}, Chromium ${facts.versions.chrome}, Node.js ${facts.versions.node}.\n\n` +
      `Waymark includes:\n${licences}\n\nEach bundled framework names its source under “About this data”.`,
    buttons: ['OK', 'Show Where My Data Is'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
