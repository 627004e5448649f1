/**
 * The frameworks shipped with the app: found on disk, validated, and any broken file reported once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, type BrowserWindow, type Dialog, type MessageBoxOptions } from 'electron';
import { catalogFromFiles, type FrameworkCatalog, type FrameworkFile, type FrameworkProblem } from '../../shared/framework/catalog';
import { errorCode, errorMessage } from '../../shared/errors/error-message';

/** Packaged, electron-builder copies resources/frameworks next to the asar; in dev it is in the checkout. */
export function frameworksDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'frameworks') : join(app.getAppPath(), 'resources/frameworks');
}

function reasonOf(error: unknown): string {
  return errorCode(error) ?? errorMessage(error);
}

/**
 * Every *.json in dir, in name order so the list is the same on every machine. A file or folder that
 * cannot be read costs only itself: the app still opens with whatever did load.
 */
export async function loadBundledFrameworks(dir: string): Promise<FrameworkCatalog> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.json')).sort();
  } catch (error) {
    return {
      frameworks: [],
      problems: [{ file: dir, message: `The frameworks folder could not be read (${reasonOf(error)}).` }],
    };
  }

  const files: FrameworkFile[] = [];
  const unreadable: FrameworkProblem[] = [];
  for (const name of names) {
    try {
      files.push({ file: name, text: await readFile(join(dir, name), 'utf8') });
    } catch (error) {
      unreadable.push({ file: name, message: `The file could not be read (${reasonOf(error)}).` });
    }
  }
  const catalog = catalogFromFiles(files);
  return { frameworks: catalog.frameworks, problems: [...unreadable, ...catalog.problems] };
}

export function frameworkProblemsMessage(problems: readonly FrameworkProblem[]): MessageBoxOptions {
  const count = problems.length;
  const files = problems.map(({ file, message }) => `• ${file}:\n${message}`).join('\n\n');
  return {
    type: 'error',
    title: 'Some frameworks could not be loaded',
    message: `${count} framework file${count === 1 ? '' : 's'} could not be loaded`,
    detail:
      `${files}\n\n` +
      'Waymark opened with the remaining frameworks. To get the missing ones back, restore the ' +
      `file${count === 1 ? '' : 's'} from a backup or reinstall Waymark.`,
    buttons: ['OK'],
  };
}

/** One dialog for all broken files, rather than one per file; nothing at all when every file loaded. */
export async function reportFrameworkProblems(
  dialog: Dialog,
  problems: readonly FrameworkProblem[],
  window?: BrowserWindow,
): Promise<void> {
  if (problems.length === 0) return;
  const options = frameworkProblemsMessage(problems);
  await (window === undefined ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options));
}
