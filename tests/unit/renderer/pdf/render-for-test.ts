/**
 * Renders documents in Node as the worker does, with the bundled fonts and emoji images read from
 * node_modules, and reads them back with pdf.js (unpdf): each page's text with the position of every
 * piece of it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import { getDocumentProxy } from 'unpdf';
import type { DocumentContent } from '../../../../shared/documents/document-content';
import { makePdf } from '../../../../renderer/pdf/make-document';
import { registerDocumentFonts } from '../../../../renderer/pdf/pdf-fonts';
import { woffToSfnt } from '../../../../scripts/woff-to-sfnt';

const modules = resolve(import.meta.dirname, '../../../../node_modules');

/** The emoji images under the names the app ships them with (variation selectors dropped), as the build plugin does. */
function emojiDirectory(): string {
  const source = join(modules, 'emoji-datasource-twitter/img/twitter/64');
  const target = join(tmpdir(), 'waymark-test-emoji');
  if (!existsSync(target)) {
    mkdirSync(target, { recursive: true });
    for (const file of readdirSync(source)) {
      const name = file.replace(/-fe0f/g, '');
      if (!existsSync(join(target, name))) symlinkSync(join(source, file), join(target, name));
    }
  }
  return `${target}/`;
}

/** The CJK font unpacked as the build unpacks it. */
function cjkFont(): string {
  const target = join(tmpdir(), 'waymark-test-noto-sans-sc.ttf');
  if (!existsSync(target)) {
    const woff = readFileSync(join(modules, '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff'));
    writeFileSync(target, woffToSfnt(woff));
  }
  return target;
}

export function registerTestFonts(): void {
  registerDocumentFonts({
    regular: join(modules, 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: join(modules, 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
    cjk: cjkFont(),
    emojiBase: emojiDirectory(),
  });
}

export interface PlacedText {
  text: string;
  /** Left, right, bottom and top of the text, in points from the page's bottom-left corner. */
  left: number;
  right: number;
  bottom: number;
  top: number;
}

export interface ReadPage {
  width: number;
  height: number;
  items: PlacedText[];
}

/** The PDF as the app makes it (see makePdf), written in Node. */
export async function renderDocument(content: DocumentContent): Promise<Uint8Array> {
  return makePdf(content, async (document) => new Uint8Array(await renderToBuffer(document)));
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPage[]> {
  const pdf = await getDocumentProxy(bytes);
  const pages: ReadPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items: PlacedText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.length === 0) continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      items.push({ text: item.str, left: x, right: x + item.width, bottom: y, top: y + item.height });
    }
    pages.push({ width, height, items });
  }
  return pages;
}
