/**
 * Snapshots taken within a minute of each other (a manual one just after another, or just after the
 * automatic one) read apart in the History tab's choices, chart and table.
 */
import { describe, expect, it } from 'vitest';
import { snapshotNames } from '../../../../../renderer/features/history/snapshot-labels';
import { formatTime } from '../../../../../shared/dates/local-date';
import type { Snapshot } from '../../../../../shared/workspace/schema';

function snapshot(id: string, takenAt: string, extra: Partial<Snapshot> = {}): Snapshot {
  return {
    id,
    personId: 'p',
    takenAt,
    date: takenAt.slice(0, 10),
    trigger: 'manual',
    frameworkId: 'career-map',
    frameworkVersion: '1',
    summary: { share: 0.5, rated: 1, total: 2 },
    ...extra,
  };
}

describe('snapshot names', () => {
  it('gives the minute alone where no other snapshot shares it', () => {
    const one = snapshot('a', '2026-12-01T09:15:10.000Z');
    const other = snapshot('b', '2026-12-01T11:40:00.000Z');
    const names = snapshotNames([one, other]);
    expect(names.time(one)).toBe(formatTime(one.takenAt));
    expect(names.label(one)).not.toBe(names.label(other));
  });

  it('tells apart two snapshots of one minute by their seconds, and two of one second by a number', () => {
    const first = snapshot('a', '2026-12-01T09:15:10.000Z');
    const second = snapshot('b', '2026-12-01T09:15:42.000Z');
    const third = snapshot('c', '2026-12-01T09:15:42.500Z');
    const named = snapshot('d', '2026-12-01T09:15:50.000Z', { label: 'Before the panel 🎯' });
    const names = snapshotNames([first, second, third, named]);
    expect(names.time(first)).toBe(formatTime(first.takenAt, true));
    expect(names.time(second)).toBe(formatTime(second.takenAt, true));
    const labels = [first, second, third, named].map(names.label);
    expect(new Set(labels).size).toBe(4);
    expect(labels[1]).toMatch(/ \(1\)$/);
    expect(labels[2]).toMatch(/ \(2\)$/);
    expect(labels[3]).toMatch(/^Before the panel 🎯 · /);
  });
});
