/** Where the window opens: remembered bounds when they still fit a screen, sensible ones when they do not. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mainWindowSizes } from '../../../../electron/main/window';
import {
  placeWindow,
  readWindowState,
  rememberWindowState,
  writeWindowState,
  type WindowState,
} from '../../../../electron/main/window-state';
import { fakeWindow, resetFake } from '../../../fakes/electron';

const laptop = { x: 0, y: 0, width: 1366, height: 728 }; // 1366×768 under a 40-pixel taskbar
const big = { x: 0, y: 0, width: 2560, height: 1400 };
const right = { x: 2560, y: 0, width: 1920, height: 1040 }; // a second monitor to the right

describe('placeWindow', () => {
  it('opens at the default size, centred, on a large screen', () => {
    expect(placeWindow(undefined, [big], big, mainWindowSizes)).toEqual({ x: 640, y: 300, width: 1280, height: 800 });
  });

  it('fits a 1366×768 laptop: never taller or wider than the work area, never below the minimum', () => {
    const bounds = placeWindow(undefined, [laptop], laptop, mainWindowSizes);
    expect(bounds).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
    expect(mainWindowSizes.minWidth).toBeLessThanOrEqual(laptop.width);
    expect(mainWindowSizes.minHeight).toBeLessThanOrEqual(laptop.height);
  });

  it('puts the window back where it was when that is on a screen', () => {
    const saved = { x: 2700, y: 100, width: 1000, height: 700 };
    expect(placeWindow(saved, [big, right], big, mainWindowSizes)).toEqual(saved);
  });

  it('brings a window from an unplugged monitor back to the primary screen, keeping its size where it fits', () => {
    const saved = { x: 2700, y: 100, width: 1000, height: 700 };
    expect(placeWindow(saved, [laptop], laptop, mainWindowSizes)).toEqual({ x: 183, y: 14, width: 1000, height: 700 });
  });

  it('shrinks and moves a saved window that is now bigger than the screen it is on', () => {
    const saved = { x: 300, y: 200, width: 2400, height: 1300 };
    expect(placeWindow(saved, [laptop], laptop, mainWindowSizes)).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('pulls a window mostly off the edge back inside', () => {
    const saved = { x: 1200, y: 500, width: 1000, height: 700 };
    expect(placeWindow(saved, [laptop], laptop, mainWindowSizes)).toEqual({ x: 366, y: 28, width: 1000, height: 700 });
  });

  it('treats a sliver at a screen edge as lost', () => {
    const saved = { x: 1360, y: 0, width: 1000, height: 700 };
    const placed = placeWindow(saved, [laptop], laptop, mainWindowSizes);
    expect(placed).toEqual({ x: 183, y: 14, width: 1000, height: 700 });
  });
});

describe('the saved state', () => {
  let dir = '';
  beforeEach(() => {
    resetFake();
    dir = mkdtempSync(join(tmpdir(), 'waymark-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through its file, and a damaged or missing file means no saved state', async () => {
    const file = join(dir, 'window-state.json');
    expect(await readWindowState(file)).toBeNull();
    const state: WindowState = { bounds: { x: -1200, y: 40, width: 1100, height: 720 }, maximized: true };
    await writeWindowState(file, state);
    expect(await readWindowState(file)).toEqual(state);
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(await readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }));
    expect(await readWindowState(file)).toBeNull();
  });

  it('is saved as the window closes, and soon after it moves or is maximised', async () => {
    vi.useFakeTimers();
    try {
      const saves: WindowState[] = [];
      const window = new BrowserWindow({ x: 10, y: 20, width: 900, height: 600 });
      const held = fakeWindow(window);
      rememberWindowState(window, async (state) => void saves.push(state));
      held.setBounds({ x: 50 });
      held.emit('moved');
      expect(saves).toEqual([]);
      vi.advanceTimersByTime(600);
      expect(saves).toEqual([{ bounds: { x: 50, y: 20, width: 900, height: 600 }, maximized: false }]);
      held.maximize();
      held.close();
      expect(saves.at(-1)).toEqual({ bounds: { x: 50, y: 20, width: 900, height: 600 }, maximized: true });
      vi.advanceTimersByTime(600);
      expect(saves).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
