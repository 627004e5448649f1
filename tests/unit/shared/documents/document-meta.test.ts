import { describe, expect, it } from 'vitest';
import { defaultPaperSize, documentFileName } from '../../../../shared/documents/document-meta';

describe('defaultPaperSize', () => {
  it.each([
    ['en-US', 'LETTER'],
    ['en-CA', 'LETTER'],
    ['es-MX', 'LETTER'],
    ['en-GB', 'A4'],
    ['de-DE', 'A4'],
    ['fr', 'A4'],
    ['zh-Hant-TW', 'A4'],
    ['', 'A4'],
  ])('%j prints on %s', (locale, paper) => {
    expect(defaultPaperSize(locale)).toBe(paper);
  });
});

describe('documentFileName', () => {
  it('names the document, the person and the date', () => {
    expect(documentFileName('Growth plan', 'Zoë Łukasz', '2026-11-23')).toBe('Growth plan – Zoë Łukasz – 2026-11-23.pdf');
  });

  it('drops what file systems refuse', () => {
    expect(documentFileName('1:1 preparation', 'A/B "C"', '2026-11-23')).toBe('1-1 preparation – A B C – 2026-11-23.pdf');
    expect(documentFileName('1:1 preparation', 'Zoë', '2026-11-23', { confidential: true })).toBe(
      '1-1 preparation – Zoë – 2026-11-23 (confidential).pdf',
    );
  });
});
