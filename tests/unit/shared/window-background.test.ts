/** The desktop window's background matches the page's, light and dark, so no flash shows before it paints. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowBackground } from '../../../shared/theme/window-background';

const stylesRoot = join(import.meta.dirname, '../../../renderer');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? stylesheets(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

describe('windowBackground', () => {
  it('is the --bg of the light and dark styles', () => {
    const css = stylesheets(stylesRoot).join('\n');
    const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{[^}]*--bg:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    const light = /(?:^|\n):root\s*\{[^}]*--bg:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    expect({ light, dark }).toEqual(windowBackground);
  });
});
