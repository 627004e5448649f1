/** A crashed or hung page: the person is told, nothing is lost, and a reload brings the window back. */
import { BrowserWindow, dialog } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPageHealth } from '../../../../electron/main/page-health';
import * as fake from '../../../fakes/electron';

beforeEach(() => fake.resetFake());

function watched(quitting = false) {
  const window = new BrowserWindow({});
  const quits: string[] = [];
  watchPageHealth(window, { dialog, isQuitting: () => quitting, quit: () => quits.push('quit') });
  return { held: fake.fakeWindow(window), quits };
}

describe('a crashed page', () => {
  it('says so, says nothing is lost, and reloads when asked', async () => {
    const { held } = watched();
    held.webContents.crash('oom');
    expect(fake.dialog.messageBoxes).toHaveLength(1);
    const [shown] = fake.dialog.messageBoxes;
    expect(shown?.window).toBe(held);
    expect(shown?.options).toMatchObject({
      type: 'error',
      message: 'The Waymark window stopped working',
      buttons: ['Reload', 'Quit Waymark'],
    });
    expect(String(shown?.options['detail'])).toMatch(/ran out of memory.*Everything you entered up to your last change is saved/);
    await vi.waitFor(() => expect(held.webContents.reloadCount).toBe(1));
  });

  it('quits when the person chooses to', async () => {
    fake.dialog.messageBoxAnswers.push(1);
    const { held, quits } = watched();
    held.webContents.crash();
    await vi.waitFor(() => expect(quits).toEqual(['quit']));
    expect(held.webContents.reloadCount).toBe(0);
  });

  it('stays quiet when the page ends normally or the app is quitting', () => {
    watched().held.webContents.crash('clean-exit');
    watched(true).held.webContents.crash('crashed');
    expect(fake.dialog.messageBoxes).toEqual([]);
  });
});

describe('a hung page', () => {
  it('offers to wait or reload; reloading ends the hung renderer first, without calling it a crash', async () => {
    fake.dialog.messageBoxAnswers.push(1);
    const { held } = watched();
    held.hang();
    expect(fake.dialog.messageBoxes[0]?.options).toMatchObject({ message: 'Waymark is not responding', buttons: ['Wait', 'Reload'] });
    await vi.waitFor(() => expect(held.webContents.reloadCount).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.dialog.messageBoxes).toHaveLength(1);
  });

  it('closes the question when the page comes back by itself, and asks only once while it hangs', async () => {
    fake.dialog.holdMessageBoxes = true;
    const { held } = watched();
    held.hang();
    held.hang();
    expect(fake.dialog.messageBoxes).toHaveLength(1);
    const [box] = fake.dialog.messageBoxes;
    expect(fake.dialog.isOpen(box)).toBe(true);
    held.recover();
    expect(fake.dialog.isOpen(box)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(held.webContents.reloadCount).toBe(0);
  });
});
