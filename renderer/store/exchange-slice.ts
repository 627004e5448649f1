/**
 * Assessments exchanged by file, from the store's side: making the file for a person (plain with a
 * checksum, or sealed with a passphrase), previewing what a file would change, and taking it in —
 * after which the people and the open person are read afresh.
 */
import type { StateCreator } from 'zustand';
import { localDate } from '../../shared/dates/local-date';
import type { ExchangeContent } from '../../shared/exchange/exchange-file';
import type { VersionMatch } from '../../shared/exchange/exchange-version';
import { compareVersions, itemMoves } from '../../shared/import/framework-versions';
import { displayName } from '../../shared/workspace/labels';
import type { ExchangeKind, Person } from '../../shared/workspace/schema';
import { evidenceFor } from '../db/evidence-repository';
import { minimumPassphraseLength } from '../db/sealing';
import type { ImportPreview, ImportTarget } from '../db/exchange-repository';
import { frameworkVersionLabelled } from '../db/imported-frameworks-repository';
import { ratingsFor } from '../db/ratings-repository';
import { WorkspaceError } from '../db/workspace-error';
import type { AppState } from './app-store';
import { findFramework } from './selectors';

export interface ExchangeExport {
  kind: ExchangeKind;
  includeEvidence: boolean;
  /** Seals the file when given (at least 8 characters). */
  passphrase?: string | undefined;
}

export interface ExchangeSlice {
  /** The file for a person, as a name and its text; throws a WorkspaceError saying why not. */
  exportAssessment(personId: string, options: ExchangeExport): Promise<{ fileName: string; text: string }>;
  /**
   * A file made with another version of its framework than this workspace's, with its ratings and
   * evidence moved onto this version's statements, where the workspace has the file's version to
   * compare with; else as it is, and said so.
   */
  matchAssessmentVersion(content: ExchangeContent): Promise<{ content: ExchangeContent; match: VersionMatch }>;
  previewAssessment(content: ExchangeContent, target: ImportTarget): Promise<ImportPreview | undefined>;
  /** Takes the file in; the person it went to, or undefined when it was not (the save problem says why). */
  takeInAssessment(content: ExchangeContent, target: ImportTarget, fileName: string): Promise<Person | undefined>;
}

type Slice = StateCreator<AppState, [], [], ExchangeSlice>;

export const createExchangeSlice: Slice = (_set, get) => {
  return {
    async exportAssessment(personId, options) {
      const { db, people, frameworks } = get();
      const person = people.find((candidate) => candidate.id === personId);
      const framework = person?.target ? findFramework(frameworks, person.target.frameworkId) : undefined;
      if (!db || !person || !framework) {
        throw new WorkspaceError('unknown', 'There is nothing to export yet: map this person against a framework first.');
      }
      if (options.passphrase !== undefined && options.passphrase.length < minimumPassphraseLength) {
        throw new WorkspaceError('unknown', `The file was not made: use a passphrase of at least ${minimumPassphraseLength} characters.`);
      }
      const [ratings, evidence, exchangeFile, { checksumOf, sealContent }] = await Promise.all([
        ratingsFor(db, person.id, framework.id),
        evidenceFor(db, person.id),
        import('../../shared/exchange/exchange-file'),
        import('../db/exchange-sealing'),
      ]);
      const { buildExchangeContent, contentText, exchangeFileName, plainExchangeFile, sealedExchangeFile } = exchangeFile;
      const content = buildExchangeContent({ ...options, person, framework, ratings, evidence, now: new Date() });
      const text =
        options.passphrase === undefined
          ? plainExchangeFile(content, await checksumOf(contentText(content)))
          : sealedExchangeFile(await sealContent(content, options.passphrase));
      return { fileName: exchangeFileName(options.kind, displayName(person), localDate()), text };
    },

    async matchAssessmentVersion(content) {
      const { db, frameworks } = get();
      const framework = findFramework(frameworks, content.framework.id);
      if (!framework) return { content, match: { kind: 'same' } };
      const { contentInVersion, matchByWording } = await import('../../shared/exchange/exchange-version');
      // The file says the words of its version: matched by them, whatever version it was made with.
      if (content.framework.wording) return matchByWording(content, content.framework.wording, framework);
      if (framework.version === content.framework.version) return { content, match: { kind: 'same' } };
      const unmatched = {
        content,
        match: { kind: 'unmatched', fileVersion: content.framework.version, version: framework.version } as const,
      };
      try {
        // A version this workspace never had (a bundled framework's earlier release, another workspace's import) is not matched.
        const earlier = db ? await frameworkVersionLabelled(db, framework.id, content.framework.version) : undefined;
        if (!earlier) return unmatched;
        return contentInVersion(content, itemMoves(compareVersions(earlier, framework), earlier, framework), framework.version);
      } catch {
        // A damaged earlier version, or one that could not be read: the file is taken in as it is, and the preview says so.
        return unmatched;
      }
    },

    async previewAssessment(content, target) {
      const { db } = get();
      if (!db) return undefined;
      const { previewImport } = await import('../db/exchange-repository');
      return previewImport(db, content, target);
    },

    async takeInAssessment(content, target, fileName) {
      let taken: Person | undefined;
      // Loaded before the write, so no restore or lock change can start between its turn and the import.
      const { importAssessment } = await import('../db/exchange-repository');
      const ok = await get().write(
        async (db) => {
          taken = await importAssessment(db, content, target, fileName);
          await get().loadPeople(db);
        },
        { action: 'the assessment file' },
      );
      const openId = get().openPersonId;
      if (ok && taken && openId === taken.id) await get().openPerson(openId);
      if (ok && get().teamFacts) void get().loadTeam();
      return ok ? taken : undefined;
    },
  };
};
