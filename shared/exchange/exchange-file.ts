/**
 * An assessment exchanged by file, with no server between: a person's self-assessment for one
 * framework (ratings, notes and, if they choose, evidence), or a manager's or coach's review sent back
 * (their ratings and the agreed ones). One versioned JSON document, its content either plain with a
 * SHA-256 checksum or sealed with a passphrase (PBKDF2-SHA256 and AES-GCM, as the workspace lock).
 *
 * Reading a file checks it in steps, each refusal saying what is wrong and what to do: is it JSON, is
 * it an assessment, is it from a newer Waymark, is it whole (checksum or seal), does it fit the schema.
 */
import { z } from 'zod';
import type { Framework } from '../framework/schema';
import { itemWordings, type ItemWording } from '../import/framework-versions';
import { displayName } from '../workspace/labels';
import {
  evidenceFieldsSchema,
  exchangeKindSchema,
  ratingSchema,
  saysSomething,
  type Evidence,
  type ExchangeKind,
  type Person,
  type Rater,
  type Rating,
} from '../workspace/schema';

export const exchangeFormat = 'waymark-assessment';
/** The file format's version; a newer file is refused with a message. */
export const exchangeFormatVersion = 1;

const id = z.string().min(1);
const isoTimestamp = z.iso.datetime({ offset: true });

/** Which raters' ratings each kind of file carries — and the only ones an import of it may change. */
export const ratersOf: Record<ExchangeKind, readonly Rater[]> = {
  'self-assessment': ['self'],
  review: ['manager', 'agreed'],
};

/** A rating or an evidence entry as a file carries it: whose it is and for which framework is said once, above. */
const exchangeRatingSchema = ratingSchema.unwrap().omit({ personId: true, frameworkId: true });
const exchangeEvidenceSchema = saysSomething(evidenceFieldsSchema.unwrap().omit({ personId: true, frameworkId: true }));

/** A statement's words and list as a file carries them: the shape framework-versions.ts compares. */
const itemWordingSchema = z.object({
  id,
  text: z.string(),
  areaId: z.string().optional(),
  skillName: z.string().optional(),
  list: z.array(z.string()).min(1),
}) satisfies z.ZodType<ItemWording>;

export const exchangeContentSchema = z
  .object({
    kind: exchangeKindSchema,
    /** When the file was made; a file made before the last one taken in from the same person is older. */
    exportedAt: isoTimestamp,
    /** The person as the exporting workspace knows them: its id for them, and the ids it learnt from earlier files. */
    person: z.object({ id, name: z.string(), knownAs: z.array(id) }),
    framework: z.object({
      id,
      name: z.string(),
      version: z.string(),
      trackId: id.optional(),
      /**
       * Every statement (a role card's component) of the sender's version, in order, with its words and
       * the list it counts in: the receiver matches the file's ratings and evidence to its own version's
       * statements by them, as an import of a new version does (exchange-version.ts), whatever version it
       * has. Absent in files made before Waymark wrote it.
       */
      wording: z.array(itemWordingSchema).min(1).optional(),
    }),
    levels: z.object({ currentLevelId: id.optional(), targetLevelId: id.optional() }),
    ratings: z.array(exchangeRatingSchema),
    evidence: z.array(exchangeEvidenceSchema),
  })
  .superRefine((content, context) => {
    const allowed = ratersOf[content.kind];
    content.ratings.forEach((rating, index) => {
      if (!allowed.includes(rating.rater)) {
        context.addIssue({
          code: 'custom',
          path: ['ratings', index, 'rater'],
          message: `a ${content.kind} does not carry ${rating.rater} ratings`,
        });
      }
    });
    const listed = new Set<string>();
    content.framework.wording?.forEach((statement, index) => {
      if (listed.has(statement.id)) {
        context.addIssue({
          code: 'custom',
          path: ['framework', 'wording', index, 'id'],
          message: `the statement ${statement.id} is listed twice`,
        });
      }
      listed.add(statement.id);
    });
    if (content.kind === 'review' && content.evidence.length > 0) {
      context.addIssue({ code: 'custom', path: ['evidence'], message: 'a review does not carry evidence' });
    }
  });

export type ExchangeContent = z.infer<typeof exchangeContentSchema>;

/** The sealed form: what a passphrase opens. Binary parts are base64. */
export const sealedPartSchema = z.object({
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().positive().max(10_000_000),
  salt: z.base64(),
  cipher: z.literal('AES-GCM'),
  iv: z.base64(),
  data: z.base64(),
});

export type SealedPart = z.infer<typeof sealedPartSchema>;

const plainFileSchema = z.object({
  format: z.literal(exchangeFormat),
  formatVersion: z.literal(exchangeFormatVersion),
  /** SHA-256 (base64) of the content exactly as written (JSON.stringify of it), to find a changed or cut file. */
  checksum: z.base64(),
  content: z.unknown(),
});

const sealedFileSchema = z.object({
  format: z.literal(exchangeFormat),
  formatVersion: z.literal(exchangeFormatVersion),
  sealed: sealedPartSchema,
});

export function plainExchangeFile(content: ExchangeContent, checksum: string): string {
  return `${JSON.stringify({ format: exchangeFormat, formatVersion: exchangeFormatVersion, checksum, content })}\n`;
}

export function sealedExchangeFile(sealed: SealedPart): string {
  return `${JSON.stringify({ format: exchangeFormat, formatVersion: exchangeFormatVersion, sealed })}\n`;
}

/** The text a checksum is taken of, and a seal is made of: the content as JSON. */
export function contentText(content: unknown): string {
  return JSON.stringify(content);
}

export type ExchangeFileRead =
  | { ok: false; message: string }
  | { ok: true; kind: 'plain'; contentText: string; checksum: string }
  | { ok: true; kind: 'sealed'; sealed: SealedPart };

const nothingChanged = 'Nothing was changed.';

/** The first step: the file's envelope, before any checksum or passphrase. */
export function readExchangeFile(fileName: string, text: string): ExchangeFileRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      message: `${fileName} is not a Waymark assessment file: it is not JSON, or it was cut short (an e-mail or a download may have stopped early). ${nothingChanged} Ask for the file again.`,
    };
  }
  const marker = z.object({ format: z.literal(exchangeFormat), formatVersion: z.number() }).safeParse(data);
  if (!marker.success) {
    return {
      ok: false,
      message: `${fileName} is not a Waymark assessment file (it may be a backup or a framework: those are taken in on their own screens). ${nothingChanged}`,
    };
  }
  if (marker.data.formatVersion > exchangeFormatVersion) {
    return {
      ok: false,
      message: `${fileName} was written by a newer Waymark (assessment format ${marker.data.formatVersion}). Install the latest Waymark to take it in; ${nothingChanged.toLowerCase()}`,
    };
  }
  const sealed = sealedFileSchema.safeParse(data);
  if (sealed.success) return { ok: true, kind: 'sealed', sealed: sealed.data.sealed };
  const plain = plainFileSchema.safeParse(data);
  if (plain.success && plain.data.content !== undefined) {
    return { ok: true, kind: 'plain', contentText: contentText(plain.data.content), checksum: plain.data.checksum };
  }
  return { ok: false, message: `${fileName} is damaged: its parts are missing or changed. ${nothingChanged} Ask for the file again.` };
}

/** The last step, once the checksum matched or the seal opened: the content, checked. */
export function parseExchangeContent(
  fileName: string,
  text: string,
): { ok: true; content: ExchangeContent } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: `${fileName} is damaged: what it holds is not readable. ${nothingChanged} Ask for the file again.` };
  }
  const parsed = exchangeContentSchema.safeParse(data);
  if (parsed.success) return { ok: true, content: parsed.data };
  const [issue] = parsed.error.issues;
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return {
    ok: false,
    message: `${fileName} is damaged: ${where}${issue?.message ?? 'unknown problem'}. ${nothingChanged} Ask for the file again.`,
  };
}

export const changedFileMessage = (fileName: string) =>
  `${fileName} was changed or damaged after it was exported (its checksum does not match), so it was not taken in. ${nothingChanged} Ask for the file again.`;

export const wrongPassphraseMessage = (fileName: string) =>
  `${fileName} did not open with that passphrase: either the passphrase is wrong or the file was changed after it was sealed. Check the passphrase with whoever sent it; ${nothingChanged.toLowerCase()}`;

/** "Self-assessment – Priya – 2026-12-02.json" */
export function exchangeFileName(kind: ExchangeKind, personName: string, isoDate: string): string {
  const what = kind === 'self-assessment' ? 'Self-assessment' : 'Review';
  const clean =
    personName
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Unnamed';
  return `${what} – ${clean} – ${isoDate}.json`;
}

export interface ExchangeSource {
  kind: ExchangeKind;
  person: Pick<Person, 'id' | 'name' | 'relationship' | 'linkedIds' | 'target' | 'currentLevelId' | 'targetLevelId'>;
  /** The framework whole: the file carries the words of all its statements, for the receiver to match them by. */
  framework: Framework;
  /** Every rater's ratings of the person against the framework; only the kind's raters go in. */
  ratings: readonly Rating[];
  /** The person's evidence; only entries for the framework go in, and only into a self-assessment. */
  evidence: readonly Evidence[];
  includeEvidence: boolean;
  now: Date;
}

export function buildExchangeContent(source: ExchangeSource): ExchangeContent {
  const raters = ratersOf[source.kind];
  return {
    kind: source.kind,
    exportedAt: source.now.toISOString(),
    person: { id: source.person.id, name: displayName(source.person), knownAs: source.person.linkedIds ?? [] },
    framework: {
      id: source.framework.id,
      name: source.framework.name,
      version: source.framework.version,
      trackId: source.person.target?.trackId,
      wording: itemWordings(source.framework),
    },
    levels: { currentLevelId: source.person.currentLevelId, targetLevelId: source.person.targetLevelId },
    ratings: source.ratings
      .filter((rating) => raters.includes(rating.rater) && rating.frameworkId === source.framework.id)
      .map((rating) => exchangeRatingSchema.parse(rating)),
    evidence:
      source.kind === 'self-assessment' && source.includeEvidence
        ? source.evidence.filter((entry) => entry.frameworkId === source.framework.id).map((entry) => exchangeEvidenceSchema.parse(entry))
        : [],
  };
}
