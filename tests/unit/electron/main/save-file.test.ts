import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveFile } from '../../../../electron/main/save-file';
import * as fake from '../../../fakes/electron';

const bytes = new TextEncoder().encode('%PDF-1.7 test');

beforeEach(() => fake.resetFake());

describe('saving a file', () => {
  it('offers the suggested name in the documents folder, and writes where the person chose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-save-'));
    const target = join(dir, 'Growth plan – Zoë – 2026-11-23.pdf');
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };

    const outcome = await saveFile('Growth plan – Zoë – 2026-11-23.pdf', 'pdf', bytes, {
      dialog,
      window: null,
      documentsDir: '/home/zoe/Documents',
    });

    expect(outcome).toEqual({ outcome: 'saved', location: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(fake.dialog.saveDialogs[0]?.options).toMatchObject({
      defaultPath: '/home/zoe/Documents/Growth plan – Zoë – 2026-11-23.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });

  it('treats a closed dialog as a choice, not an error, and writes nothing', async () => {
    let wrote = false;
    const outcome = await saveFile('plan.pdf', 'pdf', bytes, {
      dialog,
      window: null,
      documentsDir: '/docs',
      write: async () => {
        wrote = true;
      },
    });
    expect(outcome).toEqual({ outcome: 'cancelled' });
    expect(wrote).toBe(false);
  });

  it('says why a write failed and what to do', async () => {
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: '/media/usb/plan.pdf' };
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const outcome = await saveFile('plan.pdf', 'pdf', bytes, {
      dialog,
      window: null,
      documentsDir: '/docs',
      write: () => Promise.reject(full),
    });
    expect(outcome).toEqual({
      outcome: 'failed',
      message: 'The file was not saved to /media/usb/plan.pdf: the disk is full. Choose another place, or free some space, and save again.',
    });
  });

  it('keeps only the name of a suggestion that smuggles in a path', async () => {
    await saveFile('../../etc/plan.pdf', 'pdf', bytes, { dialog, window: null, documentsDir: '/docs' });
    expect(fake.dialog.saveDialogs[0]?.options.defaultPath).toBe('/docs/plan.pdf');
  });
});

describe('saving over a file that is there', () => {
  it('replaces it whole, through a temporary file that does not stay behind (replace-file.test.ts fails one half-way)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-save-'));
    const target = join(dir, 'Waymark backup.json');
    await writeFile(target, '{"last": "week"}');
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };

    const saved = await saveFile('Waymark backup.json', 'json', new TextEncoder().encode('{"this": "week"}'), {
      dialog,
      window: null,
      documentsDir: dir,
    });
    expect(saved).toEqual({ outcome: 'saved', location: target });
    expect(await readFile(target, 'utf8')).toBe('{"this": "week"}');

    expect(await readdir(dir)).toEqual(['Waymark backup.json']);
  });
});
