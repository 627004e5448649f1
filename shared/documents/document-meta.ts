/**
 * What every Waymark document carries: its paper, its date, and a footer naming the framework's source
 * and version, so a printed page can always be traced back to what it was measured against.
 */
import type { Framework } from '../framework/schema';

export type PaperSize = 'A4' | 'LETTER';

/** Regions whose paper is US Letter; everywhere else uses A4. */
const letterRegions = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR', 'CR', 'DO', 'SV', 'NI', 'PA', 'BZ']);

/** The paper a locale's printers expect: "en-US" → Letter, "de-DE" or "en-GB" → A4. */
export function defaultPaperSize(locale: string): PaperSize {
  const region = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
  return region && letterRegions.has(region) ? 'LETTER' : 'A4';
}

export interface DocumentMeta {
  title: string;
  /** The document's date as the reader sees it ("23 Nov 2026"). */
  dateLabel: string;
  /** The same date, ISO, for file names. */
  isoDate: string;
  paper: PaperSize;
  /** "Framework: … · version … · source: …" */
  footer: string;
  /** Private notes are in it: every page says so, and so does the file name. */
  confidential?: boolean | undefined;
  /** Wide tables (the team overview) are printed across the sheet; everything else upright. */
  orientation?: 'portrait' | 'landscape' | undefined;
}

export function frameworkFooter(framework: Framework | undefined): string {
  if (!framework) return 'Made with Waymark';
  return `${framework.name} · version ${framework.version} · source: ${framework.source.name}`;
}

/**
 * A file name that is safe on every system and says whose document it is and when: "Growth plan – Zoë –
 * 2026-11-23.pdf", "1-1 preparation – Zoë – 2026-11-23 (confidential).pdf" (a colon between two
 * characters, as in "1:1", reads as a hyphen; other characters systems refuse become spaces).
 */
export function documentFileName(
  kind: string,
  personName: string | undefined,
  isoDate: string,
  options: { confidential?: boolean; extension?: 'pdf' | 'md' } = {},
): string {
  const clean = (text: string) =>
    text
      .replace(/(\S):(?=\S)/g, '$1-')
      .replace(/[\\/:*?"<>|]/g, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const parts = [clean(kind), personName ? clean(personName) : '', isoDate].filter(Boolean);
  return `${parts.join(' – ')}${options.confidential ? ' (confidential)' : ''}.${options.extension ?? 'pdf'}`;
}
