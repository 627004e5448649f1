/**
 * Framework files and backups handed to Waymark by the system rather than chosen in the app: opened
 * from the file manager (macOS sends 'open-file'), or named on the command line (Windows and Linux
 * "Open with", and a second launch while Waymark runs). They go to the page like a dropped file.
 */
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openFilePurposes } from '../../shared/files/open-file';
import type { OpenedFile } from '../../shared/ipc/contract';
import { readChosenFile } from './open-file';

const acceptedExtensions = new Set(
  Object.values(openFilePurposes).flatMap(({ extensions }) => extensions.map((extension) => `.${extension}`)),
);

/**
 * The files named in a command line: arguments with a framework or backup extension. Everything else
 * (the executable, the app folder in development, Chromium's switches) is left alone.
 */
export function filePathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return (
    argv
      .slice(1)
      // Linux file managers launch the .desktop entry's `%U` with file:// URLs rather than paths.
      .map((argument) => (argument.startsWith('file://') ? fileUrlToPath(argument) : argument))
      .filter((argument): argument is string => argument !== null)
      .filter((argument) => !argument.startsWith('-') && acceptedExtensions.has(extname(argument).toLowerCase()))
      .map((argument) => resolve(workingDirectory, argument))
  );
}

function fileUrlToPath(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

export interface SystemFile {
  file: OpenedFile;
  bytes: number;
}

/** Read within the larger limit (a backup's): what the file is, and so its own limit, is known once the page reads it. */
export async function readSystemFile(path: string): Promise<SystemFile> {
  const file = await readChosenFile(path, 'backup');
  return { file, bytes: file.outcome === 'opened' ? Buffer.byteLength(file.text, 'utf8') : 0 };
}
