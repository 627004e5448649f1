/**
 * A framework handed from the import worker to the window in pieces, and the preview's part of it:
 * the pieces, copied as messages copy them (the structured clone), join into exactly the framework
 * they came from — every character of every statement, in order — and pieces that do not fit are
 * refused rather than joined into a framework with statements lost or moved.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CareerMap, Framework } from '../../../../shared/framework/schema';
import { joinFramework, splitFramework, type FrameworkPieces } from '../../../../shared/import/framework-parts';
import { previewOf, statementsShownPerLevel } from '../../../../shared/import/framework-preview';
import { importFrameworkFile } from '../../../../shared/import/import-framework';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';

const real = resolve(import.meta.dirname, '../../../fixtures/frameworks/real');

function imported(fileName: string): Framework {
  const { result } = importFrameworkFile(fileName, new Uint8Array(readFileSync(resolve(real, fileName))));
  if (!result.ok) throw new Error(`${fileName} did not import`);
  return result.framework;
}

/** As the pieces reach the window: each one its own message, so each its own copy. */
function sent(pieces: FrameworkPieces): FrameworkPieces {
  const { parts, ...rest } = pieces;
  return { ...structuredClone(rest), parts: parts.map((part) => structuredClone(part)) };
}

/** A career map whose one track has `counts[i]` statements at level i, each worded by `word`. */
function ladder(counts: readonly number[], word: (index: number) => string): CareerMap {
  const base = loadCareerMap();
  const track = base.tracks[0];
  if (!track) throw new Error('the seed has no track');
  const area = track.areas[0]?.id ?? 'area';
  let index = 0;
  return {
    ...base,
    tracks: [
      {
        ...track,
        levels: counts.map((count, level) => ({
          id: `L${level + 1}`,
          order: level + 1,
          statements: Array.from({ length: count }, () => {
            index += 1;
            return { id: `s${index}`, category: 'skill' as const, areaId: area, text: word(index) };
          }),
        })),
      },
    ],
  };
}

describe('a framework in pieces', () => {
  it.each(['snowflake.csv', 'snowflake-semicolon.csv', 'engineeringladders.csv', 'monzo-engineering.json'])(
    'joins back into %s exactly as imported',
    (fileName) => {
      const framework = imported(fileName);
      expect(joinFramework(sent(splitFramework(framework, 7)))).toEqual(framework);
      expect(joinFramework(sent(splitFramework(framework)))).toEqual(framework);
    },
  );

  it('keeps every character: emoji, Arabic, Chinese, combining marks, and lone surrogates as they are', () => {
    const words = ['Délivre 🚀👩🏽‍💻', 'يقود الفريق ويُراجع', '设计系统并指导同事', 'e\u0301quipe', 'half \uD83D pair', 'other \uDE00 half'];
    const framework = ladder([3, 2500, 1], (index) => words[index % words.length] ?? '');
    const joined = joinFramework(sent(splitFramework(framework, 1000)));
    expect(joined).toEqual(framework);
    const texts = (map: Framework) =>
      map.kind === 'career-map' ? map.tracks.flatMap((t) => t.levels.flatMap((l) => l.statements.map((s) => s.text))) : [];
    expect(texts(joined).join('|')).toBe(texts(framework).join('|'));
    expect(texts(joined).some((text) => text.includes('\uD83D') && !text.includes('\uD83D\uDE80'))).toBe(true);
  });

  it('joins any split of any ladder back into it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.string(),
        (counts, perPart, word) => {
          const framework = ladder(counts, (index) => `${word}${index}`);
          const pieces = splitFramework(framework, perPart);
          expect(pieces.parts.every((part) => part.statements.length <= perPart)).toBe(true);
          expect(joinFramework(sent(pieces))).toEqual(framework);
        },
      ),
    );
  });

  it('sends a role card whole', () => {
    const card = loadRoleCard();
    expect(splitFramework(card).parts).toEqual([]);
    expect(joinFramework(sent(splitFramework(card)))).toEqual(card);
  });

  it('refuses pieces that do not fit: one missing, one twice, or out of order', () => {
    const pieces = splitFramework(
      ladder([5, 5], (index) => `statement ${index}`),
      2,
    );
    const [first, second, ...rest] = pieces.parts;
    if (!first || !second) throw new Error('expected pieces');
    expect(() => joinFramework({ ...pieces, parts: [first, ...rest] })).toThrow(/out of place/);
    expect(() => joinFramework({ ...pieces, parts: [first, first, second, ...rest] })).toThrow(/out of place/);
    expect(() => joinFramework({ ...pieces, parts: [second, first, ...rest] })).toThrow(/out of place/);
    expect(() => joinFramework({ ...pieces, parts: pieces.parts.slice(0, -1) })).toThrow(/came with 4 statements, not 5/);
  });
});

describe('the preview of a framework read', () => {
  it('holds the first statements of each level and counts them all', () => {
    const framework = ladder([1, 10, 0], (index) => `statement ${index}`);
    const { framework: shown, statementCounts } = previewOf(framework);
    expect(statementCounts).toEqual([[1, 10, 0]]);
    if (shown.kind !== 'career-map') throw new Error('expected a career map');
    expect(shown.tracks[0]?.levels.map((level) => level.statements.map((statement) => statement.text))).toEqual([
      ['statement 1'],
      ['statement 2', 'statement 3', 'statement 4'].slice(0, statementsShownPerLevel),
      [],
    ]);
    expect({ ...shown, tracks: [] }).toEqual({ ...framework, tracks: [] });
  });
});
