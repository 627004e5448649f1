/**
 * The import worker: decodes and parses a framework file, and compares it with the version already
 * here, off the main thread, so a file of tens of thousands of statements never freezes the window.
 * It reports how far it has got; cancelling an import terminates it.
 *
 * The framework read stays here until the person confirms: the window gets only what the preview
 * shows. On confirmation this worker stores it (checked against the schema and written in one
 * transaction, on its own connection), then hands the stored framework to the window in pieces, so
 * neither the check, nor the copy into IndexedDB, nor the copy back is one long task of the window.
 */
import type { Framework } from '../../../shared/framework/schema';
import { splitFramework, type FrameworkPart, type FrameworkPieces } from '../../../shared/import/framework-parts';
import { previewOf, type FrameworkPreview } from '../../../shared/import/framework-preview';
import { compareVersions, isSameContent, type VersionChanges } from '../../../shared/import/framework-versions';
import { importFrameworkFile, type FileImport } from '../../../shared/import/import-framework';
import type { ImportResult } from '../../../shared/import/import-result';
import type { ImportedFramework } from '../../../shared/workspace/schema';
import { newestImportedFrameworks, storeImportedFramework, type NewVersion } from '../../db/imported-frameworks-repository';
import { offeredFrameworks } from '../../store/catalog-slice';
import { setWorkspaceKey } from '../../db/sealing-middleware';
import { openWorkspaceDatabase } from '../../db/workspace-database';
import { toWorkspaceError, type WorkspaceErrorKind } from '../../db/workspace-error';

export type ImportRequest = { requestId: number } & (
  | {
      type: 'read';
      fileName: string;
      bytes: Uint8Array;
      encoding?: string | undefined;
      sheet?: string | undefined;
      /**
       * The bundled frameworks, and the workspace (with its key while it is locked): the version
       * already here of the framework the file holds is looked up in them by the id the file gives,
       * so the window never copies a large imported framework over just to have it compared.
       */
      bundled: readonly Framework[];
      databaseName: string | undefined;
      key: CryptoKey | null;
    }
  | {
      type: 'store';
      /** The read whose framework to store: the one the person saw. */
      readId: number;
      databaseName: string;
      /** The workspace's key while it is locked, so this connection seals as the window's does. */
      key: CryptoKey | null;
      entry: NewVersion;
    }
);

/** How a file read compares with the version already here, as the preview tells it. */
export interface VersionComparison {
  previous: { name: string; version: string };
  identical: boolean;
  counts: { unchanged: number; moved: number; reworded: number; removed: number; added: number };
}

/** What the preview shows of a file read: the framework in part (see framework-preview.ts). */
export type PreviewResult =
  ({ ok: true; preview: FrameworkPreview } & Omit<Extract<ImportResult, { ok: true }>, 'framework'>) | Extract<ImportResult, { ok: false }>;

export type FileImportPreview = Omit<FileImport, 'result'> & { result: PreviewResult };

export type ReadMessage = { requestId: number } & (
  | { type: 'progress'; fraction: number }
  | { type: 'done'; fileImport: FileImportPreview; comparison: VersionComparison | undefined }
  | { type: 'failed'; message: string }
);

/** The stored entry's framework comes as pieces: its statements in "progress" messages, the rest with "done". */
export type StoreMessage = { requestId: number } & (
  | { type: 'progress'; part: FrameworkPart }
  | ({ type: 'done' } & (
      | {
          outcome: 'stored';
          entry: Omit<ImportedFramework, 'framework'>;
          pieces: Omit<FrameworkPieces, 'parts'>;
          changes: VersionChanges | undefined;
        }
      | { outcome: 'failed'; kind: WorkspaceErrorKind; message: string }
    ))
  | { type: 'failed'; message: string }
);

/** The framework of the last read, kept until it is stored or another file is read. */
let pending: { readId: number; framework: Framework; previous: Framework | undefined } | null = null;

/** The framework `id` as the app offers it now: its newest imported version, else the bundled one. */
async function versionHere(id: string, bundled: readonly Framework[], databaseName: string | undefined, key: CryptoKey | null) {
  if (databaseName === undefined) return bundled.find((candidate) => candidate.id === id);
  setWorkspaceKey(databaseName, key);
  const db = await openWorkspaceDatabase(databaseName);
  try {
    return offeredFrameworks(bundled, await newestImportedFrameworks(db, id)).find((candidate) => candidate.id === id);
  } finally {
    db.close();
  }
}

async function read(request: Extract<ImportRequest, { type: 'read' }>): Promise<ReadMessage> {
  const { requestId, fileName, bytes, encoding, sheet, bundled, databaseName, key } = request;
  pending = null;
  let reported = 0;
  const fileImport = importFrameworkFile(fileName, bytes, {
    encoding,
    sheet,
    onProgress: (fraction) => {
      // A message per row would cost more than the parsing: one per 2 % is plenty for a bar.
      if (fraction - reported < 0.02) return;
      reported = fraction;
      postMessage({ requestId, type: 'progress', fraction } satisfies ReadMessage);
    },
  });
  const { result } = fileImport;
  if (!result.ok) return { requestId, type: 'done', fileImport: { ...fileImport, result }, comparison: undefined };
  const { framework, ...rest } = result;
  const previous = await versionHere(framework.id, bundled, databaseName, key);
  pending = { readId: requestId, framework, previous };
  const changes = previous ? compareVersions(previous, framework) : undefined;
  const comparison =
    previous && changes
      ? {
          previous: { name: previous.name, version: previous.version },
          identical: isSameContent(previous, framework),
          counts: {
            // Renumbered after a statement added or removed before it, a statement is unchanged to the person.
            unchanged: changes.unchanged.length + changes.moved.filter((move) => !move.elsewhere).length,
            moved: changes.moved.filter((move) => move.elsewhere).length,
            reworded: changes.reworded.length,
            removed: changes.removed.length,
            added: changes.added.length,
          },
        }
      : undefined;
  return {
    requestId,
    type: 'done',
    fileImport: { ...fileImport, result: { ...rest, ok: true, preview: previewOf(framework) } },
    comparison,
  };
}

async function store(request: Extract<ImportRequest, { type: 'store' }>): Promise<StoreMessage> {
  const { requestId, readId, databaseName, key, entry } = request;
  if (pending?.readId !== readId)
    return { requestId, type: 'done', outcome: 'failed', kind: 'invalid', message: 'The file read is no longer at hand: import it again.' };
  const { framework, previous } = pending;
  let stored: ImportedFramework;
  let changes: VersionChanges | undefined;
  try {
    setWorkspaceKey(databaseName, key);
    const db = await openWorkspaceDatabase(databaseName);
    try {
      ({ stored, changes } = await storeImportedFramework(db, framework, entry, previous));
    } finally {
      db.close();
    }
  } catch (error) {
    const failure = toWorkspaceError(error, 'the imported framework', 'save');
    return { requestId, type: 'done', outcome: 'failed', kind: failure.kind, message: failure.message };
  }
  // Another file may have been read while this one was written: that one stays at hand.
  if (pending?.readId === readId) pending = null;
  const { parts, ...pieces } = splitFramework(stored.framework);
  for (const part of parts) postMessage({ requestId, type: 'progress', part } satisfies StoreMessage);
  const { id, revision, importedAt, fileName } = stored;
  return { requestId, type: 'done', outcome: 'stored', entry: { id, revision, importedAt, fileName }, pieces, changes };
}

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  const answer = async (): Promise<ReadMessage | StoreMessage> => (request.type === 'read' ? read(request) : store(request));
  answer().then(
    (message) => postMessage(message),
    (error: unknown) =>
      postMessage({
        requestId: request.requestId,
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies ReadMessage),
  );
});
