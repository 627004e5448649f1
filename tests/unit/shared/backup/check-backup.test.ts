/**
 * A backup is checked for meaning before the preview: records that do not fit together are refused
 * with a message naming the record as a person counts it; unknown fields are left out and named.
 */
import { describe, expect, it } from 'vitest';
import {
  backupToJson,
  checkBackupData,
  createBackup,
  parseBackupText,
  readBackup,
  type WorkspaceTables,
} from '../../../../shared/backup/backup-file';
import { jsonDepth } from '../../../../shared/backup/check-backup';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';
import { careerMapId, evidence, goal, meeting, person, rating, snapshot } from '../../renderer/db/workspace-test-database';

const bundled = [loadCareerMap(), loadRoleCard()];
const me = person({ id: 'me', name: 'Sam', relationship: 'me', currentLevelId: 'L4', targetLevelId: 'L5' });
const report = person({ id: 'report', name: 'Priya' });

function tables(overrides: Partial<WorkspaceTables> = {}): WorkspaceTables {
  const shot = snapshot('me', '2026-02-01T10:00:00.000Z', { id: 'shot' });
  return {
    people: [me, report],
    ratingsByRater: [rating('me', 'frontend.L5.skill.1', 'partly'), rating('report', 'frontend.L5.skill.1', 'consistently')],
    evidence: [evidence('me', { id: 'ev' })],
    snapshots: [shot],
    snapshotRatings: [{ snapshotId: 'shot', personId: 'me', ratings: [{ itemId: 'frontend.L5.skill.1', value: 'partly' }] }],
    goals: [goal('me', { id: 'goal' })],
    meetings: [meeting('report', '2026-02-03', { id: 'meeting' })],
    importedFrameworks: [],
    exchangeReceipts: [],
    ...overrides,
  };
}

function read(content: WorkspaceTables | string) {
  const text = typeof content === 'string' ? content : backupToJson(createBackup(content, 'manual'));
  return readBackup('Waymark backup.json', text, bundled);
}

function refusal(content: WorkspaceTables | string): string {
  const result = read(content);
  if (result.ok) throw new Error('the backup was accepted');
  return result.message;
}

describe('checking a backup before the preview', () => {
  it('accepts a whole, consistent workspace as it is, with nothing to say', () => {
    const result = read(tables());
    expect(result).toEqual({ ok: true, backup: expect.objectContaining({ tables: tables() }), notices: [] });
  });

  it.each<[string, Partial<WorkspaceTables>, string]>([
    [
      'a rating of a person not in the file',
      { ratingsByRater: [rating('me', 'a', 'partly'), rating('ghost', 'b', 'partly')] },
      'rating 2 belongs to a person that is not in the file',
    ],
    ['evidence of nobody', { evidence: [evidence('ghost')] }, 'evidence entry 1 belongs to a person that is not in the file'],
    ['a goal of nobody', { goals: [goal('ghost')] }, 'goal 1 belongs to a person that is not in the file'],
    ['a 1:1 note of nobody', { meetings: [meeting('ghost', '2026-01-01')] }, '1:1 note 1 belongs to a person that is not in the file'],
    [
      'a snapshot of nobody',
      { snapshots: [snapshot('ghost', '2026-01-01T00:00:00.000Z', { id: 'shot' })], snapshotRatings: [] },
      'snapshot 1 belongs to a person that is not in the file',
    ],
    [
      'frozen ratings without their snapshot',
      { snapshots: [], snapshotRatings: [{ snapshotId: 'gone', personId: 'me', ratings: [] }] },
      'frozen rating set 1 belongs to a snapshot that is not in the file',
    ],
    ['two people with one id', { people: [me, report, { ...report, name: 'Ana' }] }, 'person 3 has the same id as person 2'],
    [
      'one rating twice',
      { ratingsByRater: [rating('me', 'a', 'partly'), rating('me', 'a', 'consistently')] },
      'rating 2 has the same person, framework, rater and statement as rating 1',
    ],
    [
      'two people marked as you',
      { people: [me, { ...report, relationship: 'me' }] },
      'person 1 and person 2 are all marked as you (a workspace has exactly one)',
    ],
    [
      'nobody marked as you',
      { people: [report], ratingsByRater: [], evidence: [], snapshots: [], snapshotRatings: [], goals: [] },
      'no person in it is marked as you (every workspace has exactly one)',
    ],
    [
      'a track the framework does not have',
      { people: [{ ...me, target: { frameworkId: careerMapId, trackId: 'backend' } }, report] },
      'person 1 is mapped against a track (backend) that Career map: Infrastructure and Frontend does not have',
    ],
    [
      'a level the track does not have',
      { people: [{ ...me, targetLevelId: 'L42' }, report] },
      'person 1 has a target level (L42) that their track does not have',
    ],
  ])('refuses %s, saying which record and why', (_name, overrides, message) => {
    expect(refusal(tables(overrides))).toBe(
      `Waymark backup.json cannot be restored: ${message}. It was not restored and nothing was changed. Choose a backup file Waymark wrote (its name starts with "Waymark backup").`,
    );
  });

  it('names the first five problems and counts the rest', () => {
    const ghosts = Array.from({ length: 120 }, (_, index) => rating('ghost', `item.${index}`, 'partly'));
    const message = refusal(tables({ ratingsByRater: [...tables().ratingsByRater, ...ghosts] }));
    expect(message).toContain('rating 3 belongs to a person that is not in the file; rating 4 belongs');
    expect(message).toContain('; and 115 more problems.');
  });

  it('names a record with the wrong type as a person counts it', () => {
    const broken = JSON.parse(backupToJson(createBackup(tables(), 'manual'))) as { tables: { ratingsByRater: Record<string, unknown>[] } };
    const second = broken.tables.ratingsByRater[1];
    if (second) second.value = 'sometimes';
    expect(refusal(JSON.stringify(broken))).toMatch(/^Waymark backup\.json is damaged: rating 2, value: /);
  });

  it('leaves out fields this Waymark does not know, and says which', () => {
    const text = JSON.parse(backupToJson(createBackup(tables(), 'manual'))) as { tables: { people: Record<string, unknown>[] } };
    const first = text.tables.people[0];
    if (first) {
      first.favouriteColour = 'teal';
      first.target = { ...me.target, colour: 'blue' };
    }
    const result = read(JSON.stringify(text));
    expect(result.ok && result.backup.tables).toEqual(tables());
    expect(result.ok && result.notices).toEqual([
      '2 fields this Waymark does not know will be left out: person 1, target.colour; person 1, favouriteColour.',
    ]);
  });

  it("keeps the choice to count unrated lower levels as met, and a snapshot's not-applicable count, and reads files without them", () => {
    const withChoice = tables({
      people: [{ ...me, countLowerLevelsAsMet: true }, report],
      snapshots: [
        snapshot('me', '2026-02-01T10:00:00.000Z', {
          id: 'shot',
          summary: { targetLevelId: 'L5', share: 0.5, rated: 3, notApplicable: 1, total: 6 },
        }),
      ],
    });
    expect(read(withChoice)).toEqual({ ok: true, backup: expect.objectContaining({ tables: withChoice }), notices: [] });
    expect(read(tables())).toMatchObject({ ok: true, notices: [] });
  });

  it("keeps a goal's description and success criteria line by line, and reads goals from before they existed", () => {
    const described = goal('me', {
      description: '  Own the 🌱 migration end to end.\n\nمراجعة الأمان · 安全审查\r\n',
      successCriteria: '- p95 under 200 ms\n- no open critical findings',
    });
    const withText = tables({ goals: [described, goal('me', { id: 'plain' })] });
    const result = read(withText);
    expect(result).toEqual({ ok: true, backup: expect.objectContaining({ tables: withText }), notices: [] });
    expect(result.ok && result.backup.tables.goals[1]).not.toHaveProperty('description');
  });

  it('keeps text exactly as written, spaces and all', () => {
    const spaced = tables({ goals: [goal('me', { title: '  Lead the 🌱 migration  ' })] });
    expect(read(spaced)).toMatchObject({ ok: true, backup: { tables: spaced } });
  });

  it('says when people are mapped against a framework neither side has, and restores them', () => {
    const result = read(tables({ people: [me, { ...report, target: { frameworkId: 'removed-ladder', trackId: 'web' } }] }));
    expect(result.ok && result.notices).toEqual([
      '1 person is mapped against “removed-ladder”, a framework neither this Waymark nor the backup has: their ratings are restored and show once it is imported again.',
    ]);
  });

  it('checks a level against every version of the framework the workspace will have', () => {
    const first = { ...loadCareerMap(), id: 'our-ladder' };
    // The second version dropped L10; a person who reached it keeps it.
    const second = {
      ...first,
      tracks: first.tracks.map((track) => ({ ...track, levels: track.levels.filter((level) => level.id !== 'L10') })),
    };
    const version = (framework: typeof first, revision: number) => ({
      id: framework.id,
      revision,
      importedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'ladder.json',
      framework,
    });
    const reached = tables({
      people: [
        { ...me, target: { frameworkId: 'our-ladder', trackId: 'frontend' }, currentLevelId: 'L10', targetLevelId: undefined },
        report,
      ],
      importedFrameworks: [version(first, 1), version(second, 2)],
    });
    const result = read(reached);
    expect(result.ok ? '' : result.message).toBe('');
    const never = tables({
      people: [
        { ...me, target: { frameworkId: 'our-ladder', trackId: 'frontend' }, currentLevelId: 'L11', targetLevelId: undefined },
        report,
      ],
      importedFrameworks: [version(first, 1), version(second, 2)],
    });
    expect(refusal(never)).toContain('person 1 has a current level (L11) that their track does not have');
  });

  it('refuses a file nested deeper than any backup, without parsing it', () => {
    const deep = `{"format":"waymark-backup","formatVersion":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(jsonDepth(deep)).toBe(200_001);
    expect(refusal(deep)).toMatch(/^Waymark backup\.json is nested more than 32 levels deep, which no Waymark backup is\./);
  });

  it('counts depth outside strings only', () => {
    expect(jsonDepth('{"a":"[[[{{{\\"]]]","b":[1,{"c":2}]}')).toBe(3);
  });
});

describe('checking a parsed backup in place', () => {
  it('takes unknown fields out of the parsed file itself, so a large backup is never held twice', () => {
    const parsed = parseBackupText('Waymark backup.json', backupToJson(createBackup(tables(), 'manual')));
    if (!parsed.ok) throw new Error(parsed.message);
    const file = parsed.data as { tables: { people: Record<string, unknown>[]; extra?: unknown } };
    const first = file.tables.people[0];
    if (!first) throw new Error('no person in the file');
    first['mood'] = 'sunny';
    file.tables.extra = [1];

    const result = checkBackupData('Waymark backup.json', file, bundled);
    if (!result.ok) throw new Error(result.message);
    expect(result.backup.tables.people[0]).toBe(first);
    expect(first).not.toHaveProperty('mood');
    expect(file.tables).not.toHaveProperty('extra');
    expect(result.notices.join(' ')).toContain('mood');
  });

  it('says the same as reading the text whole', () => {
    const text = backupToJson(createBackup(tables({ people: [me, { ...report, id: 'me' }] }), 'manual'));
    const parsed = parseBackupText('Waymark backup.json', text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(checkBackupData('Waymark backup.json', parsed.data, bundled)).toEqual(readBackup('Waymark backup.json', text, bundled));
  });
});
