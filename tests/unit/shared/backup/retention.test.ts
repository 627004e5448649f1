import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../../../shared/backup/retention';

const now = new Date('2026-11-23T12:00:00.000Z');
const at = (iso: string) => ({ name: `waymark-auto-${iso}.json`, createdAt: iso });

describe('backupsToDelete', () => {
  it('keeps everything while there are ten or fewer', () => {
    const backups = Array.from({ length: 10 }, (_, index) => at(`2026-11-23T0${index}:00:00.000Z`));
    expect(backupsToDelete(backups, now)).toEqual([]);
  });

  it('keeps the ten newest and the newest of each of the last seven days, and nothing older', () => {
    const today = Array.from({ length: 12 }, (_, index) => at(`2026-11-23T${String(index).padStart(2, '0')}:00:00.000Z`));
    const earlierDays = ['2026-11-22', '2026-11-21', '2026-11-17', '2026-11-10'].flatMap((day) => [
      at(`${day}T09:00:00.000Z`),
      at(`${day}T18:00:00.000Z`),
    ]);
    const deleted = backupsToDelete([...today, ...earlierDays], now);
    expect(deleted).toEqual([
      'waymark-auto-2026-11-23T01:00:00.000Z.json',
      'waymark-auto-2026-11-23T00:00:00.000Z.json',
      'waymark-auto-2026-11-22T09:00:00.000Z.json',
      'waymark-auto-2026-11-21T09:00:00.000Z.json',
      'waymark-auto-2026-11-17T09:00:00.000Z.json',
      'waymark-auto-2026-11-10T18:00:00.000Z.json',
      'waymark-auto-2026-11-10T09:00:00.000Z.json',
    ]);
  });
});
