/**
 * Korean and Japanese in a document: a framework, a statement and a note written in them print with
 * the bundled fonts and read back from the PDF as written; nothing falls back to a font that cannot
 * draw them (Helvetica, which turned Hangul into Latin garbage).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PromotionCaseContent } from '../../../../shared/documents/document-content';
import { measureFor } from '../../../../renderer/pdf/make-document';
import { missingGlyphsNote } from '../../../../renderer/pdf/missing-glyphs';
import { cjkFontFamily, documentFontFamily, fontStackFor, koreanFontFamily } from '../../../../renderer/pdf/pdf-fonts';
import { readPdf, registerTestFonts, renderDocument } from './render-for-test';

beforeAll(registerTestFonts);

const korean = '플랫폼 이전을 담당했습니다 (똠얌꿍, 뷁)';
const japanese = 'ひらがなとカタカナ、漢字の説明。';

function caseWith(framework: string, statement: string, note: string): PromotionCaseContent {
  return {
    kind: 'promotion-case',
    meta: { title: 'Promotion case', dateLabel: '23 Nov 2026', isoDate: '2026-11-23', paper: 'A4', footer: 'Ladder · version 1' },
    person: 'Ji-woo',
    framework,
    levels: 'L4 → L5',
    target: 'L5',
    headline: 'Where things stand',
    ratingsBasis: 'Measured on self-ratings only',
    areas: [
      {
        name: 'Area',
        percent: 50,
        withEvidence: 0,
        statements: [{ text: statement, change: undefined, rating: 'Partly', note, evidence: [], goals: [] }],
      },
    ],
    goals: [],
    withoutEvidence: [],
  };
}

const normalised = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

describe('Korean and Japanese text', () => {
  it('brings in the Korean and the CJK font only for documents that need them', () => {
    expect(fontStackFor(caseWith('Engineering ladder', 'Ships', 'Note'))).toEqual([documentFontFamily]);
    expect(fontStackFor(caseWith(`엔지니어링 사다리`, 'Ships', 'Note'))).toEqual([documentFontFamily, koreanFontFamily]);
    expect(fontStackFor(caseWith('Ladder', japanese, 'Note'))).toEqual([documentFontFamily, cjkFontFamily]);
    expect(fontStackFor(caseWith('Ladder', japanese, korean))).toEqual([documentFontFamily, cjkFontFamily, koreanFontFamily]);
  });

  it('prints every Korean and Japanese text, and reads back as written', { timeout: 120_000 }, async () => {
    const content = caseWith(`엔지니어링 사다리 — 日本語のフレームワーク`, `${korean} ${japanese}`, `메모: ${korean}`);
    const bytes = await renderDocument(content);
    // Read before pdf.js takes the bytes over.
    const pdf = new TextDecoder('latin1').decode(bytes);
    const text = normalised((await readPdf(bytes)).flatMap((page) => page.items.map((item) => item.text)).join(''));
    for (const written of [content.framework, content.areas[0]?.statements[0]?.text ?? '', `메모: ${korean}`]) {
      expect(text).toContain(normalised(written));
    }
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR/);
    expect(pdf).not.toContain('/BaseFont /Helvetica');
  });

  it('names the characters no bundled font has, rather than dropping them in silence', { timeout: 120_000 }, async () => {
    // 枠 (a Japanese-only kanji) is outside the Chinese font's subset; the emoji and joiners are drawn as images.
    const content = caseWith('日本語の枠組み', 'Ships 👩‍💼 and 👍🏽', '한국어 메모');
    const { missing } = await measureFor(content);
    expect(missing).toEqual(['枠']);
    expect(missingGlyphsNote(missing)).toBe(
      '1 character is not in Waymark’s fonts and left out of the PDF: 枠 (U+67A0). Everything else is in it.',
    );
    expect(missingGlyphsNote([])).toBeUndefined();
    expect((await measureFor(caseWith('Ladder', japanese, korean))).missing).toEqual([]);
  });
});
