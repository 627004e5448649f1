/**
 * The documents' look: print-grade, black on white, one accent, generous margins.
 */
import { StyleSheet } from '@react-pdf/renderer';
import type { PaperSize } from '../../shared/documents/document-meta';

/** Paper in points (react-pdf's A4 and LETTER), and the margins every page keeps. */
const paperSizes: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
};
export const margin = { top: 48, bottom: 56, side: 48 } as const;
/** The header's height with the space under it, so the body starts at the same place on every page. */
const headerHeight = 22;
const headerGap = 12;
/** Room the page plan leaves unused, against rounding in the measured heights. */
const slack = 10;

/** The body's width and the height a planned page may fill, in points. */
export function textBox(paper: PaperSize, orientation: 'portrait' | 'landscape' = 'portrait'): { width: number; height: number } {
  const upright = paperSizes[paper];
  const size = orientation === 'landscape' ? { width: upright.height, height: upright.width } : upright;
  return {
    width: size.width - 2 * margin.side,
    height: size.height - margin.top - margin.bottom - headerHeight - headerGap - slack,
  };
}

export const ink = '#1d2125';
export const muted = '#545b63';
export const accent = '#0b6b62';
export const rule = '#c9ccd0';
export const warning = '#9b2c1f';

export const styles = StyleSheet.create({
  // No lineHeight on the page itself: it makes react-pdf drop absolutely placed fixed elements (the footer).
  page: { fontSize: 10, color: ink, paddingTop: margin.top, paddingBottom: margin.bottom, paddingHorizontal: margin.side },
  body: { lineHeight: 1.4 },
  header: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    height: headerHeight,
    borderBottomWidth: 1,
    borderBottomColor: rule,
    paddingBottom: 5,
    marginBottom: headerGap,
  },
  brand: { fontSize: 9, color: accent, fontWeight: 'bold', lineHeight: 1.2 },
  headerDate: { fontSize: 9, color: muted, lineHeight: 1.2 },
  confidential: { fontSize: 9, color: warning, fontWeight: 'bold', lineHeight: 1.2 },
  title: { fontSize: 18, fontWeight: 'bold', marginBottom: 8, lineHeight: 1.2 },
  subtitle: { fontSize: 11, color: muted, marginBottom: 2 },
  h2: { fontSize: 13, fontWeight: 'bold', marginTop: 16, marginBottom: 6, color: accent },
  h3: { fontSize: 11, fontWeight: 'bold', marginTop: 8, marginBottom: 3 },
  text: { marginBottom: 3 },
  muted: { color: muted },
  small: { fontSize: 8.5, color: muted },
  bold: { fontWeight: 'bold' },
  overdue: { color: warning, fontWeight: 'bold' },
  row: { flexDirection: 'row', gap: 6 },
  bullet: { width: 10 },
  grow: { flex: 1 },
  box: { borderWidth: 1, borderColor: rule, borderRadius: 3, padding: 8, marginBottom: 8 },
  writingLines: { borderTopWidth: 0.5, borderBottomWidth: 0.5, borderColor: rule, marginTop: 18 },
  footer: {
    position: 'absolute',
    left: 48,
    right: 48,
    bottom: 24,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8,
    color: muted,
  },
  // A framework's name can be any length: the footer keeps to two lines (the title page has it in full).
  footerSource: { flex: 1, paddingRight: 12, maxLines: 2, textOverflow: 'ellipsis' },
  pageNumber: { width: 72, textAlign: 'right' },
});
