/**
 * The page's background colour in each system appearance (`--bg` in the renderer's styles). The desktop
 * window is painted with it before the page loads and while it resizes, so a dark system never sees a
 * light flash. A test holds the stylesheet to these values.
 */
export const windowBackground = { light: '#f7f7f5', dark: '#15181b' } as const;

export function windowBackgroundFor(dark: boolean): string {
  return dark ? windowBackground.dark : windowBackground.light;
}
