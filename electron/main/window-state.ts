/**
 * The main window's size, position and maximised state: remembered between runs in the user-data
 * folder, and put back only where it fits the screens attached now — a laptop's 1366×768, or after
 * the monitor the window was on has been unplugged.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { replaceFile } from './replace-file';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const windowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});

export const windowStateFileName = 'window-state.json';

export function windowStateFile(userDataDir: string): string {
  return join(userDataDir, windowStateFileName);
}

/** The saved state, or null when there is none or it is unreadable (the window then opens at its default). */
export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written through a temporary file, so a crash mid-write leaves the previous state, never half of one. */
export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  await replaceFile(file, JSON.stringify(state));
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The size clamped to the work area (never below the minimum, which fits a 1366×768 screen). */
function fitSize(width: number, height: number, area: Rectangle, sizes: WindowSizes): { width: number; height: number } {
  return {
    width: Math.max(sizes.minWidth, Math.min(width, area.width)),
    height: Math.max(sizes.minHeight, Math.min(height, area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  return {
    ...size,
    x: area.x + Math.max(0, Math.round((area.width - size.width) / 2)),
    y: area.y + Math.max(0, Math.round((area.height - size.height) / 2)),
  };
}

/** Shifted (not resized) until it lies inside the area, keeping the title bar reachable. */
function keptInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - bounds.width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - bounds.height);
  return { ...bounds, x: Math.max(x, area.x), y: Math.max(y, area.y) };
}

/**
 * Where the window goes: the saved bounds on the display showing most of them, moved and shrunk to fit
 * its work area; or, with nothing saved or nothing of it on any display now (a monitor unplugged), the
 * default size, fitted and centred on the primary display.
 */
export function placeWindow(
  saved: Rectangle | undefined,
  workAreas: readonly Rectangle[],
  primary: Rectangle,
  sizes: WindowSizes,
): Rectangle {
  if (saved !== undefined) {
    let best: Rectangle | undefined;
    let bestOverlap = 0;
    for (const area of workAreas) {
      const shared = overlap(saved, area);
      if (shared > bestOverlap) [best, bestOverlap] = [area, shared];
    }
    // A sliver at a screen's edge is as good as lost: it needs a real piece of the window to grab.
    const visible = bestOverlap >= Math.min(saved.width * saved.height * 0.25, 200 * 100);
    if (best !== undefined && visible) return keptInside({ ...saved, ...fitSize(saved.width, saved.height, best, sizes) }, best);
    return centred(fitSize(saved.width, saved.height, primary, sizes), primary);
  }
  return centred(fitSize(sizes.width, sizes.height, primary, sizes), primary);
}

/** Saves the window's state whenever it stops moving or resizing, and as it closes. */
export function rememberWindowState(window: BrowserWindow, save: (state: WindowState) => Promise<void>, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = (): WindowState => ({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  const saveNow = () => {
    clearTimeout(timer);
    timer = undefined;
    // Full screen is a moment's choice, not a place: the bounds under it are what to come back to.
    if (!window.isDestroyed()) void save(current()).catch(() => undefined);
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  window.on('resized', saveSoon);
  window.on('moved', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
}
