import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendAutomaticBackup, beginAutomaticBackup, finishAutomaticBackup } from '../../../../electron/main/automatic-backups';
import { abandonSaveFile, appendSaveFile, beginSaveFile, finishSaveFile, saveFile } from '../../../../electron/main/save-file';
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

describe('saving a file too large for one message, in parts', () => {
  const encoder = new TextEncoder();

  /** A save begun in a fresh folder, the person having chosen `name` in it (holding `there`, if given). */
  async function begin(name: string, there?: string): Promise<{ dir: string; target: string; writeId: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-save-'));
    const target = join(dir, name);
    if (there !== undefined) await writeFile(target, there);
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };
    const begun = await beginSaveFile(name.split('/').at(-1) ?? name, 'json', { dialog, window: null, documentsDir: dir });
    if (begun.outcome !== 'writing') throw new Error('the save did not begin');
    return { dir, target, writeId: begun.writeId };
  }

  it('asks where, then puts the parts joined in order over the file there, only once finished', async () => {
    const { dir, target, writeId } = await begin('Waymark backup – 2026-12-04.json', '{"last": "week"}');
    expect(fake.dialog.saveDialogs[0]?.options.filters).toEqual([{ name: 'JSON framework file', extensions: ['json'] }]);
    for (const part of ['{"people":[', '{"name":"Zoë 🚀"}', ',{"name":"李雷"}', ']}']) await appendSaveFile(writeId, encoder.encode(part));
    // Until finished, the file there is the one the person had.
    expect(await readFile(target, 'utf8')).toBe('{"last": "week"}');
    expect(await finishSaveFile(writeId)).toEqual({ outcome: 'saved', location: target });
    expect(await readFile(target, 'utf8')).toBe('{"people":[{"name":"Zoë 🚀"},{"name":"李雷"}]}');
    expect(await readdir(dir)).toEqual(['Waymark backup – 2026-12-04.json']);
  });

  it('writes nothing when the dialog is closed', async () => {
    const begun = await beginSaveFile('plan.json', 'json', { dialog, window: null, documentsDir: '/docs' });
    expect(begun).toEqual({ outcome: 'cancelled' });
  });

  it('says at once, before any part is sent, when the chosen folder cannot be written, and what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-save-'));
    const target = join(dir, 'gone', 'backup.json');
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };
    expect(await beginSaveFile('backup.json', 'json', { dialog, window: null, documentsDir: dir })).toEqual({
      outcome: 'failed',
      message: `The file was not saved to ${target}: that folder no longer exists. Choose another place, or free some space, and save again.`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the file there and nothing else when abandoned, and refuses to finish it afterwards', async () => {
    const { dir, target, writeId } = await begin('backup.json', 'mine');
    await appendSaveFile(writeId, encoder.encode('{"half":'));
    await abandonSaveFile(writeId);
    expect(await readdir(dir)).toEqual(['backup.json']);
    expect(await readFile(target, 'utf8')).toBe('mine');
    const late = await finishSaveFile(writeId);
    expect(late.outcome === 'failed' && late.message).toMatch(/abandoned\. Save it again/);
  });

  it('takes no part sent under an automatic backup’s id', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-save-'));
    const automatic = await beginAutomaticBackup(dir, new Date('2026-12-04T10:00:00.000Z'));
    await appendSaveFile(automatic, encoder.encode('not mine'));
    const finished = await finishSaveFile(automatic);
    expect(finished.outcome).toBe('failed');
    await appendAutomaticBackup(automatic, encoder.encode('{}'));
    const saved = await finishAutomaticBackup(automatic);
    if (saved.outcome !== 'saved') throw new Error(`the automatic backup was not saved: ${JSON.stringify(saved)}`);
    expect(await readFile(saved.location, 'utf8')).toBe('{}');
  });
});
