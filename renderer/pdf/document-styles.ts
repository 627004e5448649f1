/**
 * The documents' look: print-grade, black on white, one accent, generous margins.
 */
import { StyleSheet } from '@react-pdf/renderer';
import { documentFontFamily } from './pdf-fonts';

export const ink = '#1d2125';
export const muted = '#545b63';
export const accent = '#0b6b62';
export const rule = '#c9ccd0';
export const warning = '#9b2c1f';

export const styles = StyleSheet.create({
  // No lineHeight on the page itself: it makes react-pdf drop absolutely placed fixed elements (the footer).
  page: { fontFamily: documentFontFamily, fontSize: 10, color: ink, paddingTop: 48, paddingBottom: 56, paddingHorizontal: 48 },
  body: { lineHeight: 1.4 },
  header: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 1,
    borderBottomColor: rule,
    paddingBottom: 6,
    marginBottom: 14,
  },
  brand: { fontSize: 9, color: accent, fontWeight: 'bold' },
  headerDate: { fontSize: 9, color: muted },
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
  footerSource: { flex: 1, paddingRight: 12 },
  pageNumber: { width: 72, textAlign: 'right' },
});
