/**
 * Long words across lines in a document: an address breaks without a hyphen it does not have, a line
 * of Chinese without hyphens and never starting with a closing mark, a long Latin word with a hyphen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PromotionCaseContent } from '../../../../shared/documents/document-content';
import { breakableParts, lineBreakParts } from '../../../../renderer/pdf/long-words';
import { readPdf, registerTestFonts, renderDocument } from './render-for-test';

beforeAll(registerTestFonts);

const address = 'https://wiki.example.com/engineering/platform-migration/2026/retrospective-notes-and-follow-up-actions';
const chinese = '负责平台迁移项目，协调多个团队完成数据库升级与服务拆分，并编写运维手册和故障处理流程，确保系统稳定运行。'.repeat(3);

describe('where long words break', () => {
  it('marks breaks without a hyphen except in long words of letters', () => {
    expect(lineBreakParts(address)).toContain('');
    expect(lineBreakParts(address).join('')).toBe(address);
    expect(lineBreakParts(chinese)).toContain('');
    expect(lineBreakParts('Donaudampfschifffahrtsgesellschaftskapitänsmütze')).not.toContain('');
    expect(lineBreakParts('Builds')).toEqual(['Builds']);
  });

  it('never starts a piece with a closing mark', () => {
    const parts = breakableParts(chinese);
    expect(parts.join('')).toBe(chinese);
    expect(parts.filter((part) => /^[，。]/u.test(part))).toEqual([]);
  });

  it('prints an address and a line of Chinese without hyphens they do not have', { timeout: 120_000 }, async () => {
    const content: PromotionCaseContent = {
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
          statements: [{ text: chinese, change: undefined, rating: 'Partly', note: `See ${address}`, evidence: [], goals: [] }],
        },
      ],
      goals: [],
      withoutEvidence: [],
    };
    const lines = (await readPdf(await renderDocument(content))).flatMap((page) => page.items.map((item) => item.text));
    const chineseLines = lines.filter((line) => /\p{Script=Han}/u.test(line));
    expect(chineseLines.length).toBeGreaterThan(2);
    expect(chineseLines.filter((line) => line.endsWith('-') || /^[，。]/u.test(line))).toEqual([]);
    expect(chineseLines.join('')).toContain(chinese);
    const start = lines.findIndex((line) => line.includes('https://'));
    const printed = lines.slice(start, start + 3).join('');
    expect(printed).toContain(address);
  });
});
