/**
 * Long words across lines in a document: an address breaks without a hyphen it does not have; Chinese
 * breaks between any two characters without hyphens, never starting a line with a closing mark, and
 * fills its lines also when mixed with Latin words, addresses and emoji; a long Latin word breaks with
 * a hyphen; and the pages planned for such text are the pages printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PromotionCaseContent } from '../../../../shared/documents/document-content';
import { documentPages } from '../../../../renderer/pdf/document-for';
import { breakableParts, lineBreakParts } from '../../../../renderer/pdf/long-words';
import { measureFor } from '../../../../renderer/pdf/make-document';
import { readPdf, registerTestFonts, renderDocument } from './render-for-test';

beforeAll(registerTestFonts);

const address = 'https://wiki.example.com/engineering/platform-migration/2026/retrospective-notes-and-follow-up-actions';
const chinese = '负责平台迁移项目，协调多个团队完成数据库升级与服务拆分，并编写运维手册和故障处理流程，确保系统稳定运行。'.repeat(3);
/** Chinese with the marks of ordinary width some keyboards type: "," and "." close what comes before them as "，" does. */
const narrowMarks = '负责平台迁移,协调多个团队,完成数据库升级与服务拆分,编写运维手册.'.repeat(5);
const mixed =
  '负责平台迁移项目，使用Kubernetes部署服务🎉，参见https://wiki.example.com/a/b-c/d和v2.3版本的PostgreSQL升级（on-call轮值）。'.repeat(4);

function promotionCase(notes: string[]): PromotionCaseContent {
  return {
    kind: 'promotion-case',
    meta: { title: 'Promotion case', dateLabel: '23 Nov 2026', isoDate: '2026-11-23', paper: 'A4', footer: 'Ladder · version 1' },
    person: 'Li Wei',
    framework: 'Ladder',
    levels: 'L4 → L5',
    target: 'L5',
    headline: 'Where things stand',
    ratingsBasis: 'Measured on self-ratings only',
    areas: [
      {
        name: 'Delivery',
        percent: 50,
        withEvidence: 0,
        statements: notes.map((note, index) => ({
          text: index === 0 ? chinese : `Statement ${index + 1}`,
          change: undefined,
          rating: 'Partly',
          note,
          evidence: [],
          goals: [],
        })),
      },
    ],
    goals: [],
    withoutEvidence: [],
  };
}

const bare = (text: string) => text.replace(/\s+/g, '').replace(/\p{Extended_Pictographic}/gu, '');

describe('where long words break', () => {
  it('marks breaks without a hyphen except in long words of letters', () => {
    expect(lineBreakParts(address)).toContain('');
    expect(lineBreakParts(address).join('')).toBe(address);
    expect(lineBreakParts(chinese)).toContain('');
    expect(lineBreakParts(chinese).join('')).toBe(chinese);
    for (const word of [
      'Donaudampfschifffahrtsgesellschaftskapitänsmütze',
      '(internationalization),',
      'Donau\u00addampfschifffahrtsgesellschaft',
    ]) {
      expect(lineBreakParts(word)).not.toContain('');
    }
    expect(lineBreakParts('Builds')).toEqual(['Builds']);
  });

  it('never starts a piece with a closing mark, and keeps runs of marks breakable', () => {
    const parts = breakableParts(chinese);
    expect(parts.join('')).toBe(chinese);
    expect(parts.filter((part) => /^[，。]/u.test(part))).toEqual([]);
    // Closing marks of ordinary width after a Chinese character stay with it too ("中文," never leaves "," to start a line).
    for (const word of ['中文,英文', '使用React和Vue.然后', '完成了!', '（见附录)。']) {
      const pieces = breakableParts(word);
      expect(pieces.join('')).toBe(word);
      expect(pieces.filter((part) => /^[,.!)。]/u.test(part))).toEqual([]);
    }
    expect(breakableParts('中文,英文')).toEqual(['中', '文,', '英', '文']);
    for (const run of ['.'.repeat(200), '！'.repeat(100), `Wow${'!'.repeat(200)}`, `好${'）'.repeat(50)}`, `好${','.repeat(50)}`]) {
      expect(Math.max(...breakableParts(run).map((part) => [...part].length))).toBeLessThanOrEqual(6);
    }
  });

  it('prints an address and Chinese, alone or mixed, without hyphens they do not have, on full lines', { timeout: 120_000 }, async () => {
    const pages = await readPdf(await renderDocument(promotionCase([`See ${address}`, mixed, narrowMarks])));
    // The pieces of text on one line (pdf.js gives a piece per font and image), joined left to right.
    const lines = pages.flatMap((page) => {
      const byLine = new Map<number, typeof page.items>();
      for (const item of page.items) byLine.set(Math.round(item.bottom), [...(byLine.get(Math.round(item.bottom)) ?? []), item]);
      return [...byLine.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, pieces]) => {
          const sorted = pieces.sort((a, b) => a.left - b.left);
          return { text: sorted.map((piece) => piece.text).join(''), right: Math.max(...sorted.map((piece) => piece.right)) };
        });
    });
    const printed = bare(lines.map((line) => line.text).join(''));
    for (const text of [chinese, address, mixed, narrowMarks]) expect(printed).toContain(bare(text));
    const chineseLines = lines.filter((line) => /\p{Script=Han}/u.test(line.text));
    expect(chineseLines.filter((line) => line.text.endsWith('-') || /^[，。）,.]/u.test(line.text))).toEqual([]);
    // Every line of the mixed note but its last reaches well into the line (no line of a few characters).
    const right = Math.max(...lines.map((line) => line.right));
    const mixedLines = lines.filter((line) => /Kubernetes|部署|轮值|PostgreSQL/u.test(line.text));
    expect(mixedLines.length).toBeGreaterThan(2);
    expect(mixedLines.slice(0, -1).filter((line) => line.right < right * 0.75)).toEqual([]);
  });

  it('prints the pages it planned for many notes of mixed Chinese', { timeout: 120_000 }, async () => {
    const content = promotionCase(Array.from({ length: 30 }, () => mixed));
    const { measure } = await measureFor(content);
    const planned = documentPages(content, measure);
    const pages = await readPdf(await renderDocument(content));
    expect(pages.length).toBe(planned.length);
  });
});
