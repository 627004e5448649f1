/**
 * The documents' fonts, all bundled with the app; nothing is ever fetched from elsewhere.
 *
 * - DejaVu Sans (dejavu-fonts-ttf) for everything it covers: Latin Extended, Greek, Cyrillic, Hebrew,
 *   Arabic, Armenian, Georgian, and the symbols people type ("—", "→", "✓", "☐").
 * - Noto Sans SC (@fontsource/noto-sans-sc, its "chinese-simplified" subset, SIL OFL) for Chinese and
 *   Japanese: about 8,000 glyphs, 3 MB unpacked, so it is loaded only for documents that contain such text.
 * - Noto Sans KR (@fontsource/noto-sans-kr, its "korean" subset, SIL OFL) for Korean: every one of the
 *   11,172 Hangul syllables and the jamo, 2 MB unpacked, likewise loaded only for documents with Hangul.
 * - Emoji as Twemoji images (emoji-datasource-twitter, graphics CC-BY 4.0) served from the app's own
 *   files; react-pdf draws each emoji as an image in the line.
 */
import { Font } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { lineBreakParts } from './long-words';

export const documentFontFamily = 'DejaVu Sans';
export const cjkFontFamily = 'Noto Sans SC';
export const koreanFontFamily = 'Noto Sans KR';

export interface FontFiles {
  regular: string;
  bold: string;
  cjk: string;
  korean: string;
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
  Font.register({ family: koreanFontFamily, fonts: [{ src: files.korean, fontWeight: 'normal' }] });
  Font.registerHyphenationCallback(lineBreakParts);
  const base = files.emojiBase;
  // The file names drop variation selectors (U+FE0F), as react-pdf does when it names an emoji.
  if (base) Font.registerEmojiSource({ builder: (code) => `${base}${code}.png` });
}

const cjkText = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

const koreanText = /[\p{Script=Hangul}]/u;

/**
 * The font stack a document needs: the CJK and Korean fonts join only when the content has such
 * characters. A character is drawn with the first font of the stack that has it (Hanja in Korean text
 * from the CJK font).
 */
export function fontStackFor(content: DocumentContent): string[] {
  const text = JSON.stringify(content);
  return [documentFontFamily, ...(cjkText.test(text) ? [cjkFontFamily] : []), ...(koreanText.test(text) ? [koreanFontFamily] : [])];
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
