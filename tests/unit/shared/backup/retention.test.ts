import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../../../shared/backup/retention';

const now = new Date('2026-11-23T12:00:00.000Z');
const at = (iso: string, bytes = 1000) => ({ name: `waymark-auto-${iso}.json`, createdAt: iso, bytes });

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

  it('keeps the backups within the size budget, newest first, and always the newest', () => {
    const mb = 1024 * 1024;
    const backups = ['2026-11-23T10', '2026-11-23T09', '2026-11-22T09', '2026-11-21T09'].map((hour) => at(`${hour}:00:00.000Z`, 84 * mb));
    // 84 MB each within 200 MB: the two newest stay; the day-old ones go although the daily rule would keep them.
    expect(backupsToDelete(backups, now, 200 * mb)).toEqual([
      'waymark-auto-2026-11-22T09:00:00.000Z.json',
      'waymark-auto-2026-11-21T09:00:00.000Z.json',
    ]);
    // One backup larger than the whole budget is still kept: it is the only copy there is.
    expect(backupsToDelete([at('2026-11-23T10:00:00.000Z', 900 * mb), at('2026-11-23T09:00:00.000Z', mb)], now, 500 * mb)).toEqual([
      'waymark-auto-2026-11-23T09:00:00.000Z.json',
    ]);
  });
});
