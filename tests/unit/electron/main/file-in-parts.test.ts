/**
 * The writer in parts that automatic backups and large saves go through: a write whose page goes quiet
 * is abandoned after a minute, and a quit mid-write leaves no temporary file beside the target.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { abandonAfterMs, appendPart, beginParts, discardUnfinishedParts, finishParts } from '../../../../electron/main/file-in-parts';
import { beginAutomaticBackup, finishAutomaticBackup } from '../../../../electron/main/automatic-backups';

afterEach(() => vi.useRealTimers());

/** Waits until `check` holds, letting the file system's callbacks run meanwhile. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 2000 && !(await check()); tries += 1) await new Promise((resolve) => setImmediate(resolve));
  expect(await check()).toBe(true);
}

describe('a write in parts', () => {
  it('is abandoned once its page has sent nothing for a minute: the file there stays, and nothing else', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const target = join(dir, 'backup.json');
    await writeFile(target, 'mine');
    const abandoned = vi.fn();
    const { writeId, failure } = await beginParts({ owner: 'save', path: target, abandoned });
    expect(failure).toBeUndefined();
    await appendPart('save', writeId, new TextEncoder().encode('{"half":'));
    vi.advanceTimersByTime(abandonAfterMs - 1);
    expect(abandoned).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await until(async () => abandoned.mock.calls.length === 1 && (await readdir(dir)).length === 1);
    expect(abandoned).toHaveBeenCalledWith(writeId);
    expect(await readFile(target, 'utf8')).toBe('mine');
    expect(await finishParts('save', writeId)).toEqual({ outcome: 'gone' });
  });

  it('lets the folder’s next automatic backup go when one is abandoned for silence', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const quiet = await beginAutomaticBackup(dir, new Date('2026-12-04T10:00:00.000Z'));
    const next = beginAutomaticBackup(dir, new Date('2026-12-04T11:00:00.000Z'));
    vi.advanceTimersByTime(abandonAfterMs);
    const writeId = await next;
    expect((await finishAutomaticBackup(writeId)).outcome).toBe('saved');
    expect((await finishAutomaticBackup(quiet)).outcome).toBe('failed');
    expect(await readdir(dir)).toEqual(['waymark-auto-2026-12-04T11-00-00-000Z.json']);
  });

  it('leaves no temporary file when the app quits in the middle of it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const target = join(dir, 'Waymark backup.json');
    await writeFile(target, 'mine');
    const { writeId } = await beginParts({ owner: 'save', path: target });
    await appendPart('save', writeId, new TextEncoder().encode('{"people":['));
    expect(await readdir(dir)).toHaveLength(2);
    discardUnfinishedParts();
    expect(await readdir(dir)).toEqual(['Waymark backup.json']);
    expect(await readFile(target, 'utf8')).toBe('mine');
    expect(await finishParts('save', writeId)).toEqual({ outcome: 'gone' });
  });

  it('removes what a crash left of an earlier write to the same file, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const target = join(dir, 'Waymark backup.json');
    await writeFile(join(dir, '.Waymark backup.json.0123abcd.partial'), '{"cut":');
    await writeFile(join(dir, '.Other.json.0123abcd.partial'), 'not ours to judge');
    await writeFile(join(dir, '.Waymark backup.json.notes'), 'mine');
    const first = await beginParts({ owner: 'save', path: target });
    const second = await beginParts({ owner: 'save', path: target });
    const names = (await readdir(dir)).sort();
    expect(names.filter((name) => name !== '.Other.json.0123abcd.partial' && name !== '.Waymark backup.json.notes')).toHaveLength(2);
    expect(names).toContain('.Other.json.0123abcd.partial');
    expect(names).toContain('.Waymark backup.json.notes');
    expect(names).not.toContain('.Waymark backup.json.0123abcd.partial');
    await appendPart('save', first.writeId, new TextEncoder().encode('{}'));
    expect(await finishParts('save', first.writeId)).toEqual({ outcome: 'written', path: target });
    expect(await finishParts('save', second.writeId)).toEqual({ outcome: 'written', path: target });
  });
});
