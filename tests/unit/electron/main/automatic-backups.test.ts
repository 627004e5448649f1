import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  abandonAutomaticBackup,
  appendAutomaticBackup,
  automaticBackupName,
  beginAutomaticBackup,
  finishAutomaticBackup,
  listAutomaticBackups,
  readAutomaticBackup,
  writeAutomaticBackup,
} from '../../../../electron/main/automatic-backups';

const dir = () => mkdtemp(join(tmpdir(), 'waymark-backups-'));

describe('automatic backups', () => {
  it('writes a backup atomically and lists it, newest first', async () => {
    const folder = await dir();
    await writeAutomaticBackup(folder, '{"a":1}', new Date('2026-11-22T10:00:00.000Z'));
    const outcome = await writeAutomaticBackup(folder, '{"a":2}', new Date('2026-11-23T10:00:00.000Z'));
    expect(outcome).toEqual({ outcome: 'saved', location: join(folder, 'waymark-auto-2026-11-23T10-00-00-000Z.json') });
    expect(await listAutomaticBackups(folder)).toEqual([
      { name: 'waymark-auto-2026-11-23T10-00-00-000Z.json', createdAt: '2026-11-23T10:00:00.000Z', bytes: 7 },
      { name: 'waymark-auto-2026-11-22T10-00-00-000Z.json', createdAt: '2026-11-22T10:00:00.000Z', bytes: 7 },
    ]);
    expect((await readdir(folder)).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('keeps the ten newest and one a day for a week, deleting the rest as it writes', async () => {
    const folder = await dir();
    for (let hour = 0; hour < 12; hour += 1) await writeAutomaticBackup(folder, '{}', new Date(Date.UTC(2026, 10, 23, hour)));
    await writeAutomaticBackup(folder, '{}', new Date('2026-11-23T12:00:00.000Z'));
    const names = (await listAutomaticBackups(folder)).map((entry) => entry.createdAt);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('2026-11-23T12:00:00.000Z');
  });

  it('reads a backup by the name it was listed under, and nothing else', async () => {
    const folder = await dir();
    await writeAutomaticBackup(folder, '{"ok":true}', new Date('2026-11-23T10:00:00.000Z'));
    await writeFile(join(folder, 'secret.txt'), 'not yours');
    expect(await readAutomaticBackup(folder, automaticBackupName(new Date('2026-11-23T10:00:00.000Z')))).toEqual({
      outcome: 'opened',
      fileName: 'waymark-auto-2026-11-23T10-00-00-000Z.json',
      text: '{"ok":true}',
    });
    for (const name of ['secret.txt', '../waymark-auto-2026-11-23T10-00-00-000Z.json', 'waymark-auto-x.json']) {
      expect((await readAutomaticBackup(folder, name)).outcome).toBe('failed');
    }
    expect(await listAutomaticBackups(join(folder, 'missing'))).toEqual([]);
  });

  it('says what happened when the folder cannot be written, and leaves nothing half written', async () => {
    const folder = await dir();
    const blocked = join(folder, 'file-not-folder');
    await writeFile(blocked, '');
    const outcome = await writeAutomaticBackup(blocked, '{}');
    expect(outcome.outcome).toBe('failed');
    expect(outcome.outcome === 'failed' && outcome.message).toMatch(
      /^The automatic backup could not be written to .*Your workspace is unchanged/,
    );
  });
});

describe('automatic backups written at the same moment', () => {
  it('run one at a time: overlapping writes all land and the folder is pruned as for sequential ones', async () => {
    const folder = await dir();
    const writes = Array.from({ length: 14 }, (_, hour) =>
      writeAutomaticBackup(folder, `{"n":${hour}}`, new Date(Date.UTC(2026, 10, 23, hour))),
    );
    const outcomes = await Promise.all(writes);
    expect(outcomes.every((outcome) => outcome.outcome === 'saved')).toBe(true);
    const listed = await listAutomaticBackups(folder);
    expect(listed).toHaveLength(10);
    expect(listed[0]?.createdAt).toBe('2026-11-23T13:00:00.000Z');
    expect((await readdir(folder)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('keep going after a failed write', async () => {
    const folder = await dir();
    const blocked = join(folder, 'file-not-folder');
    await writeFile(blocked, '');
    const [failed, saved] = await Promise.all([writeAutomaticBackup(blocked, '{}'), writeAutomaticBackup(folder, '{}')]);
    expect(failed.outcome).toBe('failed');
    expect(saved.outcome).toBe('saved');
  });
});

describe('a backup cut off at quit', () => {
  it('leaves a temporary file that the next run removes before writing', async () => {
    const folder = await dir();
    const cut = `${automaticBackupName(new Date('2026-11-22T10:00:00.000Z'))}.partial`;
    await writeFile(join(folder, cut), '{"format":"waymark-back');
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await writeAutomaticBackup(folder, '{}', new Date('2026-11-23T10:00:00.000Z'));
    expect((await readdir(folder)).sort()).toEqual(['notes.txt', 'waymark-auto-2026-11-23T10-00-00-000Z.json']);
  });
});

describe('automatic backups written in parts', () => {
  it('lands as the parts joined in order, under its final name only once finished', async () => {
    const folder = await dir();
    const now = new Date('2026-11-23T10:00:00.000Z');
    const writeId = await beginAutomaticBackup(folder, now);
    const encoder = new TextEncoder();
    for (const part of ['{"people":[', '{"name":"Zoë 🚀"}', ',{"name":"Мария"}', ']}']) {
      await appendAutomaticBackup(writeId, encoder.encode(part));
    }
    expect(await listAutomaticBackups(folder)).toEqual([]);
    expect(await finishAutomaticBackup(writeId)).toEqual({ outcome: 'saved', location: join(folder, automaticBackupName(now)) });
    expect(await readFile(join(folder, automaticBackupName(now)), 'utf8')).toBe('{"people":[{"name":"Zoë 🚀"},{"name":"Мария"}]}');
    expect((await readdir(folder)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('waits for the folder’s write in progress, and one abandoned leaves nothing and lets the next go', async () => {
    const folder = await dir();
    const first = await beginAutomaticBackup(folder, new Date('2026-11-23T10:00:00.000Z'));
    let secondBegun = false;
    const second = beginAutomaticBackup(folder, new Date('2026-11-23T11:00:00.000Z')).then((writeId) => {
      secondBegun = true;
      return writeId;
    });
    await appendAutomaticBackup(first, new TextEncoder().encode('{"half":'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondBegun).toBe(false);
    await abandonAutomaticBackup(first);
    const writeId = await second;
    await appendAutomaticBackup(writeId, new TextEncoder().encode('{}'));
    expect((await finishAutomaticBackup(writeId)).outcome).toBe('saved');
    expect(await readdir(folder)).toEqual([automaticBackupName(new Date('2026-11-23T11:00:00.000Z'))]);
  });

  it('says so when finishing a write that is no longer there (abandoned after the page went quiet)', async () => {
    const outcome = await finishAutomaticBackup(crypto.randomUUID());
    expect(outcome.outcome === 'failed' && outcome.message).toMatch(/was not written/);
  });
});
