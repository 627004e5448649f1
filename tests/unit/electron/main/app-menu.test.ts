/** The application menu and the right-click menu, per platform. */
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../../electron/main/app-menu';
import { contextMenuTemplate } from '../../../../electron/main/context-menu';
import type { MenuCommand } from '../../../../shared/ipc/contract';

function menu(platform: NodeJS.Platform, packaged = true) {
  const commands: MenuCommand[] = [];
  const shown: string[] = [];
  const template = appMenuTemplate({
    platform,
    packaged,
    command: (command) => commands.push(command),
    showAbout: () => shown.push('about'),
    showDataFolder: () => shown.push('data folder'),
  });
  return { template, commands, shown };
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

const names = (items: MenuItemConstructorOptions[]) =>
  items.filter((item) => item.type !== 'separator').map((item) => item.role ?? item.label);

function click(item: MenuItemConstructorOptions | undefined): void {
  if (typeof item?.click !== 'function') throw new Error(`${item?.label ?? 'item'} cannot be clicked`);
  // Electron passes the item, the window and the event; our commands use none of them.
  Reflect.apply(item.click, undefined, []);
}

describe('the application menu', () => {
  it('on Windows and Linux: File, Edit, View, Window, Help, with Quit in File and About in Help', () => {
    const { template } = menu('win32');
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(names(submenuOf(template[0]))).toEqual([
      'Import a Framework…',
      'Save a Backup…',
      'Restore a Backup…',
      'Export a Document…',
      'quit',
    ]);
    expect(names(submenuOf(template[4]))).toEqual(['Show Where My Data Is', 'About Waymark']);
  });

  it('on macOS: the app menu first, with About and Quit; File closes the window', () => {
    const { template } = menu('darwin');
    expect(template.map((item) => item.label)).toEqual(['Waymark', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(names(submenuOf(template[0]))).toEqual(['About Waymark', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(names(submenuOf(template[1])).at(-1)).toBe('close');
    expect(names(submenuOf(template[2]))).toContain('pasteAndMatchStyle');
  });

  it('edits text with the platform’s own commands', () => {
    expect(names(submenuOf(menu('linux').template[1]))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('has no Reload or developer tools in a packaged build', () => {
    expect(names(submenuOf(menu('linux', true).template[2]))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(names(submenuOf(menu('linux', false).template[2]))).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('sends Waymark’s own commands to the page, with shortcuts that follow the platform', () => {
    const { template, commands, shown } = menu('linux');
    const file = submenuOf(template[0]);
    for (const item of file) if (item.click) click(item);
    expect(commands).toEqual(['import-framework', 'save-backup', 'restore-backup', 'export-document']);
    expect(file.map((item) => item.accelerator).filter(Boolean)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+S', 'CmdOrCtrl+E']);
    for (const item of submenuOf(template[4])) if (item.click) click(item);
    expect(shown).toEqual(['data folder', 'about']);
  });
});

function params(overrides: Partial<ContextMenuParams>): ContextMenuParams {
  const base = {
    isEditable: false,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: {
      canUndo: true,
      canRedo: false,
      canCut: true,
      canCopy: true,
      canPaste: true,
      canDelete: true,
      canSelectAll: true,
      canEditRichly: false,
    },
  };
  // Only the fields the menu reads; Electron's params carry many more.
  return { ...base, ...overrides } as ContextMenuParams;
}

describe('the right-click menu', () => {
  const actions = { replaced: [] as string[], learned: [] as string[] };
  const handlers = {
    replaceMisspelling: (word: string) => actions.replaced.push(word),
    addToDictionary: (word: string) => actions.learned.push(word),
  };

  it('in a text field: cut, copy, paste, select all', () => {
    expect(names(contextMenuTemplate(params({ isEditable: true }), handlers))).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers the system checker’s suggestions for a misspelled word, and learning it', () => {
    const template = contextMenuTemplate(
      params({ isEditable: true, misspelledWord: 'mentorring', dictionarySuggestions: ['mentoring', 'mentor ring'] }),
      handlers,
    );
    expect(names(template)).toEqual(['mentoring', 'mentor ring', 'Learn Spelling', 'cut', 'copy', 'paste', 'selectAll']);
    click(template[0]);
    click(template[2]);
    expect(actions).toEqual({ replaced: ['mentoring'], learned: ['mentorring'] });
  });

  it('over selected text: copy; elsewhere: nothing', () => {
    expect(names(contextMenuTemplate(params({ selectionText: 'Level 5' }), handlers))).toEqual(['copy']);
    expect(contextMenuTemplate(params({}), handlers)).toEqual([]);
  });
});
