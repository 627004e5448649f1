/**
 * The documents' fonts, all bundled with the app; nothing is ever fetched from elsewhere.
 *
 * - DejaVu Sans (dejavu-fonts-ttf) for everything it covers: Latin Extended, Greek, Cyrillic, Hebrew,
 *   Arabic, Armenian, Georgian, and the symbols people type ("—", "→", "✓", "☐").
 * - Noto Sans SC (@fontsource/noto-sans-sc, its "chinese-simplified" subset, SIL OFL) for Chinese and
 *   Japanese: about 8,000 glyphs, 3 MB unpacked, so it is loaded only for documents that contain such text.
 *   Korean Hangul is not covered (see the README).
 * - Emoji as Twemoji images (emoji-datasource-twitter, graphics CC-BY 4.0) served from the app's own
 *   files; react-pdf draws each emoji as an image in the line.
 */
import { Font } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { breakableParts } from './long-words';

export const documentFontFamily = 'DejaVu Sans';
export const cjkFontFamily = 'Noto Sans SC';

export interface FontFiles {
  regular: string;
  bold: string;
  cjk: string;
  /** Where the emoji images are: `${emojiBase}${codepoints}.png`. Undefined: emoji are not drawn as images. */
  emojiBase?: string | undefined;
}

let registeredFiles: FontFiles | null = null;

export function registerDocumentFonts(files: FontFiles): void {
  if (registeredFiles && registeredFiles.regular === files.regular && registeredFiles.emojiBase === files.emojiBase) return;
  registeredFiles = files;
  Font.register({
    family: documentFontFamily,
    fonts: [
      { src: files.regular, fontWeight: 'normal' },
      { src: files.bold, fontWeight: 'bold' },
    ],
  });
  Font.register({ family: cjkFontFamily, fonts: [{ src: files.cjk, fontWeight: 'normal' }] });
  Font.registerHyphenationCallback(breakableParts);
  const base = files.emojiBase;
  // The file names drop variation selectors (U+FE0F), as react-pdf does when it names an emoji.
  if (base) Font.registerEmojiSource({ builder: (code) => `${base}${code}.png` });
}

const cjkText = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** The font stack a document needs: the CJK font joins only when the content has such characters. */
export function fontStackFor(content: DocumentContent): string[] {
  return cjkText.test(JSON.stringify(content)) ? [documentFontFamily, cjkFontFamily] : [documentFontFamily];
}

/** Loads the fonts of a stack, so the layout can be measured before it is drawn. */
export async function loadFonts(stack: readonly string[]): Promise<void> {
  await Promise.all(
    stack.flatMap((family) =>
      family === documentFontFamily
        ? [Font.load({ fontFamily: family, fontWeight: 'normal' }), Font.load({ fontFamily: family, fontWeight: 'bold' })]
        : [Font.load({ fontFamily: family, fontWeight: 'normal' })],
    ),
  );
}
