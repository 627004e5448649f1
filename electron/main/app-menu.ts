/**
 * The application menu: File, Edit, View, Window, Help (and the app menu on macOS), with each
 * platform's own shortcuts. Standard items use Electron's roles, which carry the platform's labels and
 * accelerators (Cmd+Q on macOS, Ctrl+Q on Linux, Alt+F4 for Exit on Windows); Waymark's own commands go
 * to the page, which runs them exactly as its buttons do.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface AppMenuSetup {
  platform: NodeJS.Platform;
  /** A packaged build has no Reload or developer tools: they are for development, and a reload mid-edit helps nobody. */
  packaged: boolean;
  /** Sends a command to the page in the focused window (nothing happens without one). */
  command: (command: MenuCommand) => void;
  showAbout: () => void;
  showDataFolder: () => void;
}

export function appMenuTemplate({ platform, packaged, command, showAbout, showDataFolder }: AppMenuSetup): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Windows and Linux underline a menu's access key (Alt+F opens File); macOS menus have none.
  const title = (name: string) => (mac ? name : `&${name}`);
  const separator = { type: 'separator' } as const satisfies MenuItemConstructorOptions;
  const about: MenuItemConstructorOptions = { label: 'About Waymark', click: showAbout };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Waymark',
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: title('File'),
    submenu: [
      { label: 'Import a Framework…', accelerator: 'CmdOrCtrl+O', click: () => command('import-framework') },
      separator,
      { label: 'Save a Backup…', accelerator: 'CmdOrCtrl+S', click: () => command('save-backup') },
      { label: 'Restore a Backup…', click: () => command('restore-backup') },
      separator,
      { label: 'Export a Document…', accelerator: 'CmdOrCtrl+E', click: () => command('export-document') },
      separator,
      // macOS closes windows from the File menu and quits from the app menu; the others quit from File.
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: title('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const development: MenuItemConstructorOptions[] = packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const view: MenuItemConstructorOptions = {
    label: title('View'),
    submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, separator, { role: 'togglefullscreen' }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: title('Help'),
    submenu: [{ label: 'Show Where My Data Is', click: showDataFolder }, ...(mac ? [] : [separator, about])],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, { role: 'windowMenu', label: title('Window') }, help];
}
