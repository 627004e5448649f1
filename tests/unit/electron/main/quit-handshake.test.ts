import { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQuitHandshake, quitGraceMs } from '../../../../electron/main/quit-handshake';
import * as fake from '../../../fakes/electron';

beforeEach(() => fake.resetFake());

function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    pending,
    timers: {
      setTimeout: ((run: () => void, ms: number) => {
        pending.push({ run, ms });
        return 0;
      }) as unknown as typeof setTimeout,
    },
  };
}

describe('the quit handshake', () => {
  it('holds the first close, tells the page, and closes when the page is done', () => {
    const { timers } = manualTimers();
    const quit = createQuitHandshake(timers);
    const window = new BrowserWindow({});
    quit.guard(window);
    window.close();
    const held = fake.fakeWindow(window);
    expect(held.isDestroyed()).toBe(false);
    expect(held.webContents.sent).toEqual(['app:before-quit']);
    window.close();
    expect(held.webContents.sent).toHaveLength(1);
    quit.ready(window);
    expect(held.isDestroyed()).toBe(true);
  });

  it('closes after the grace period when the page never answers', () => {
    const { timers, pending } = manualTimers();
    const quit = createQuitHandshake(timers);
    const window = new BrowserWindow({});
    quit.guard(window);
    window.close();
    expect(pending.map((timer) => timer.ms)).toEqual([quitGraceMs]);
    pending[0]?.run();
    expect(fake.fakeWindow(window).isDestroyed()).toBe(true);
  });
});
