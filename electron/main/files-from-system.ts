/**
 * Framework files and backups handed to Waymark by the system rather than chosen in the app: opened
 * from the file manager (macOS sends 'open-file'), or named on the command line (Windows and Linux
 * "Open with", and a second launch while Waymark runs). They go to the page as their bytes, like a
 * dropped or chosen file: what the file is (a backup, a framework in whatever encoding, a workbook) is
 * worked out there, so nothing is decoded here.
 */
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openFilePurposes } from '../../shared/files/open-file';
import type { OpenedBytes } from '../../shared/ipc/contract';
import { readChosenBytes } from './open-file';

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
  file: OpenedBytes;
  /** Its size, for the size limit of whatever it turns out to be. */
  bytes: number;
}

/** Read within the larger limit (a backup's): what the file is, and so its own limit, is known once the page reads it. */
export async function readSystemFile(path: string): Promise<SystemFile> {
  const file = await readChosenBytes(path, 'backup');
  return { file, bytes: file.outcome === 'opened' ? file.bytes.byteLength : 0 };
}
