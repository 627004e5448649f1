/**
 * The one font of every document: DejaVu Sans (from the dejavu-fonts-ttf package, bundled with the app;
 * its licence is in that package), which covers Latin Extended, Greek and Cyrillic, so "Zoë Łukasz
 * Ångström" and "Дмитрий" print as written. No font is ever fetched from elsewhere.
 */
import { Font } from '@react-pdf/renderer';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

export const documentFontFamily = 'DejaVu Sans';

let registered = false;

export function registerDocumentFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: documentFontFamily,
    fonts: [
      { src: regularUrl, fontWeight: 'normal' },
      { src: boldUrl, fontWeight: 'bold' },
    ],
  });
  // Whole words only: hyphenating names and framework terms would misquote them.
  Font.registerHyphenationCallback((word) => [word]);
}
