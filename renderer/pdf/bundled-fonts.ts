/**
 * Where the bundled fonts and emoji images are in the built app. DejaVu Sans comes through Vite's asset
 * handling; the CJK font (unpacked from WOFF at build time) and the emoji images are placed beside the
 * app's page by the build (scripts/vite-plugins.ts), so they are found from the page's address.
 */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { FontFiles } from './pdf-fonts';

/** `appBase`: the address of the app's page ("app://waymark/", "http://127.0.0.1:4174/"). */
export function bundledFontFiles(appBase: string): FontFiles {
  return {
    regular: regularUrl,
    bold: boldUrl,
    cjk: new URL('fonts/noto-sans-sc.ttf', appBase).href,
    emojiBase: new URL('emoji/', appBase).href,
  };
}
