/**
 * Reading a framework file from the main thread: the work happens in the import worker (which also
 * keeps the YAML, CSV, workbook and encoding libraries out of the window's first script). Cancelling
 * terminates the worker at once; the next import starts a fresh one. The framework read stays in the
 * worker until it is stored (see import-worker.ts).
 */
import type { Framework } from '../../../shared/framework/schema';
import { joinFramework, type FrameworkPart } from '../../../shared/import/framework-parts';
import { workspaceKey } from '../../db/sealing-middleware';
import { WorkspaceError } from '../../db/workspace-error';
import { KeptWorker } from '../../platform/worker-request';
import type { CheckedFrameworkImport } from '../../store/framework-library-slice';
import type { FileImportPreview, ImportRequest, ReadMessage, StoreMessage, VersionComparison } from './import-worker';

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

/** The file being imported and how it is being read (the person may pick another encoding or sheet). */
export interface ChosenFile {
  fileName: string;
  bytes: Uint8Array;
  encoding?: string | undefined;
  sheet?: string | undefined;
}

export interface FileRead {
  fileImport: FileImportPreview;
  comparison: VersionComparison | undefined;
  /** The framework the file holds, if it holds one, ready to be stored. */
  checked: CheckedFrameworkImport | undefined;
}

const importWorker = new KeptWorker(
  () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'waymark-import' }),
);

/** A worker's "done" reply, each of its kinds kept apart. */
type Done<Message> = Message extends { type: 'done' } ? Omit<Message, 'type' | 'requestId'> : never;

/** The frameworks here: the bundled ones, the ones offered (bundled and imported), and the workspace holding the imported ones. */
export interface FrameworksHere {
  bundled: readonly Framework[];
  offered: readonly Framework[];
  databaseName: string | undefined;
}

export async function readFrameworkFile(
  file: ChosenFile,
  here: FrameworksHere,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<FileRead> {
  let readId = 0;
  const { fileImport, comparison } = await importWorker.request<{ fraction: number }, Done<ReadMessage>>(
    (requestId) => {
      readId = requestId;
      const { bundled, databaseName } = here;
      const key = databaseName === undefined ? null : workspaceKey(databaseName);
      return { requestId, type: 'read', ...file, bundled, databaseName, key } satisfies ImportRequest;
    },
    {
      signal: options.signal,
      onProgress: (progress) => options.onProgress?.(progress.fraction),
      cancelled: () => new ImportCancelled(),
      failure: (reason) => new Error(`${file.fileName} could not be read: ${reason}`),
      crashReason: 'the import stopped',
    },
  );
  const { result } = fileImport;
  if (!result.ok) return { fileImport, comparison, checked: undefined };
  const header = result.preview.framework;
  const comparedWith = here.offered.find((candidate) => candidate.id === header.id);
  // The worker compared with the version stored; the window offers the same one unless an import or a
  // removal came in between, and then the comparison the preview would show is not this one's.
  if (comparedWith?.version !== comparison?.previous.version)
    throw new Error(`${file.fileName} could not be read: the framework it holds changed here meanwhile. Import the file again.`);
  return {
    fileImport,
    comparison,
    checked: {
      header,
      comparedWith,
      identical: comparison?.identical ?? false,
      storeInto: (db, entry) => storeRead(readId, db.name, entry),
    },
  };
}

/** Has the worker store the framework of read `readId`, and puts the stored framework together from its pieces. */
async function storeRead(readId: number, databaseName: string, entry: Extract<ImportRequest, { type: 'store' }>['entry']) {
  const parts: FrameworkPart[] = [];
  const done = await importWorker.request<{ part: FrameworkPart }, Done<StoreMessage>>(
    (requestId) => ({ requestId, type: 'store', readId, databaseName, key: workspaceKey(databaseName), entry }) satisfies ImportRequest,
    {
      onProgress: ({ part }) => parts.push(part),
      cancelled: () => new ImportCancelled(),
      failure: (reason) => new Error(`the import stopped (${reason})`),
      crashReason: 'the import stopped',
    },
  );
  if (done.outcome === 'failed') throw new WorkspaceError(done.kind, done.message);
  return { stored: { ...done.entry, framework: joinFramework({ ...done.pieces, parts }) }, changes: done.changes };
}
