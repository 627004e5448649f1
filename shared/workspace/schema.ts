/**
 * The workspace: the people someone keeps in Waymark and everything recorded about them. zod schemas
 * with inferred types, so the database, backups and imports all validate against the same rules.
 *
 * Dates are ISO strings ("2026-11-23" for calendar dates, full timestamps for moments) so that records
 * stay plain, comparable data wherever they go.
 *
 * Each record's schema is made on first use (zod-on-first-use.ts): a start reads with only a few.
 */
import { z } from 'zod';
import { frameworkSchema } from '../framework/schema';
import { onFirstUse } from '../zod-on-first-use';

export const relationshipSchema = z.enum(['me', 'report', 'client']);

/** How a statement of a career map is met. */
export const ratingStateSchema = z.enum(['not-yet', 'partly', 'consistently', 'not-applicable']);

/**
 * Proficiency on a role card's component: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert.
 * Role cards state what the role needs but not how well; the person's expectation (see
 * `Person.expectedProficiency`) says what "meets the card" means for them.
 */
export const proficiencySchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** A statement's state, or a component's proficiency; "not applicable" is valid for both. */
export const ratingValueSchema = z.union([ratingStateSchema, proficiencySchema]);

const isoDate = z.iso.date();
const isoTimestamp = z.iso.datetime({ offset: true });
const id = z.string().min(1);

/**
 * Who gave a rating: the person themself, their manager or coach, or both together in a review. Each
 * keeps its own value, note and date; which one counts is decided in one place (counted-ratings.ts).
 */
export const raterSchema = z.enum(['self', 'manager', 'agreed']);

/** What a person is mapped against: a career-map track, or a role card (no track). */
export const mappingTargetSchema = onFirstUse(() =>
  z.object({
    frameworkId: id,
    trackId: id.optional(),
  }),
);

export const personSchema = onFirstUse(() =>
  z.object({
    id,
    /** May be empty: "Me" is created on first run before the person says their name. */
    name: z.string(),
    relationship: relationshipSchema,
    target: mappingTargetSchema.nullable(),
    /** The level the person says they are at; undefined until chosen. */
    currentLevelId: id.optional(),
    /** The level they aim for; undefined means the next level above the current one. */
    targetLevelId: id.optional(),
    /** For role cards: the proficiency that counts as meeting a component. */
    expectedProficiency: proficiencySchema.default(3),
    notes: z.string().default(''),
    /** Career maps: count levels nobody rated as met below a met level when suggesting a level. */
    countLowerLevelsAsMet: z.boolean().optional(),
    /**
     * The ids this person has in other workspaces, learnt from assessments exchanged by file, so the next
     * file from (or for) them finds them again whatever they are called there.
     */
    linkedIds: z.array(id).optional(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  }),
);

export const ratingSchema = onFirstUse(() =>
  z.object({
    personId: id,
    frameworkId: id,
    rater: raterSchema,
    /** A statement id (career maps) or component id (role cards). */
    itemId: id,
    value: ratingValueSchema,
    note: z.string().optional(),
    /**
     * Set when a new version of the framework reworded or removed the item: the rating is kept, and
     * asks to be looked at again. Rating the item again clears it.
     */
    recheck: z.enum(['reworded', 'removed']).optional(),
    updatedAt: isoTimestamp,
  }),
);

/**
 * Something that happened, as a brag document keeps it: a date, a title, what happened, an optional
 * link, and the statements it supports — tagged when recorded or later (an entry may support none yet).
 * Entries recorded before titles existed have none: their text says it all.
 */
export const evidenceFieldsSchema = onFirstUse(() =>
  z.object({
    id,
    personId: id,
    /** When it happened (a calendar date). */
    date: isoDate,
    title: z.string().optional(),
    /** What happened, in the person's words. */
    text: z.string().trim(),
    link: z.string().optional(),
    frameworkId: id,
    /** The statements or components it supports. */
    itemIds: z.array(id),
    createdAt: isoTimestamp,
  }),
);

/** An evidence entry says something: a title, or what happened. */
export function saysSomething<Schema extends z.ZodType<{ title?: string | undefined; text: string }>>(schema: Schema) {
  return schema.refine((entry) => Boolean(entry.title?.trim() || entry.text), {
    message: 'give it a title or say what happened',
    path: ['title'],
  });
}

export const evidenceSchema = onFirstUse(() => saysSomething(evidenceFieldsSchema.unwrap()));

export const snapshotSummarySchema = onFirstUse(() =>
  z.object({
    /** The level the summary measures against (career maps); undefined for role cards. */
    targetLevelId: id.optional(),
    /** Share of the target's applicable items met, 0–1, or null when none are applicable. */
    share: z.number().min(0).max(1).nullable(),
    rated: z.number().int().nonnegative(),
    /** Items marked not applicable; absent in snapshots taken before it was kept. */
    notApplicable: z.number().int().nonnegative().optional(),
    total: z.number().int().nonnegative(),
  }),
);

export const snapshotSchema = onFirstUse(() =>
  z.object({
    id,
    personId: id,
    takenAt: isoTimestamp,
    /** The calendar day it belongs to, in the person's local time. */
    date: isoDate,
    trigger: z.enum(['manual', 'automatic']),
    /** What the person called it ("Before the promotion panel"); absent when not named. */
    label: z.string().optional(),
    frameworkId: id,
    frameworkVersion: z.string(),
    trackId: id.optional(),
    currentLevelId: id.optional(),
    targetLevelId: id.optional(),
    summary: snapshotSummarySchema,
  }),
);

/**
 * The frozen copy of the ratings a snapshot was taken from. Kept apart from the snapshot itself so that
 * a history of hundreds of snapshots loads as a list of small records; the ratings are read only when
 * two dates are compared.
 */
export const snapshotRatingsSchema = onFirstUse(() =>
  z.object({
    snapshotId: id,
    personId: id,
    ratings: z.array(z.object({ itemId: id, value: ratingValueSchema })),
  }),
);

// ---------------------------------------------------------------- growth plans and 1:1s (schema v2)

/** Who carries a goal or an action: the person themselves, their manager, or their coach. */
export const ownerSchema = z.enum(['me', 'manager', 'coach']);

export const goalStatusSchema = z.enum(['planned', 'in-progress', 'done', 'dropped']);

export const actionSchema = onFirstUse(() =>
  z.object({
    id,
    text: z.string().trim().min(1, 'say what the action is'),
    owner: ownerSchema,
    dueDate: isoDate.optional(),
    done: z.boolean(),
  }),
);

export const goalSchema = onFirstUse(() =>
  z.object({
    id,
    personId: id,
    frameworkId: id,
    title: z.string().trim().min(1, 'give the goal a title'),
    /**
     * What the goal is about, and how the person will know it is met: plain text as written, line breaks
     * kept. Absent in goals written before they existed, and in goals nobody described.
     */
    description: z.string().optional(),
    successCriteria: z.string().optional(),
    /** The gap statements (or components) the goal addresses; empty for a goal written by hand. */
    itemIds: z.array(id),
    owner: ownerSchema,
    dueDate: isoDate.optional(),
    status: goalStatusSchema,
    actions: z.array(actionSchema),
    /** Evidence entries that show progress on the goal. */
    evidenceIds: z.array(id),
    /** Position in the person's plan; lower comes first. */
    order: z.number(),
    /** Finished goals can be put away without deleting them. */
    archived: z.boolean(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  }),
);

/**
 * An action agreed in a 1:1. It is one record, kept in the entry it was agreed in and shown in every
 * later entry while it is open (see meetings.ts): ticked in any of them, it is done everywhere.
 */
export const meetingActionSchema = onFirstUse(() =>
  actionSchema.unwrap().extend({
    /** The day it was ticked done; absent while open, and on actions ticked before Waymark kept the day. */
    doneOn: isoDate.optional(),
    /** On an action kept when the 1:1 it was agreed in was deleted: the date of that 1:1. */
    agreedOn: isoDate.optional(),
    /**
     * Only on a copy an earlier Waymark made when it carried actions over by copying, and that could not
     * safely be told to be the same action as another (see mergeCopiedActions): the 1:1 it was copied from.
     */
    carriedFrom: id.optional(),
  }),
);

/** One 1:1 conversation: what to talk about, what was decided, what was agreed. */
export const meetingSchema = onFirstUse(() =>
  z.object({
    id,
    personId: id,
    date: isoDate,
    talkingPoints: z.string(),
    decisions: z.string(),
    /** The actions agreed in this 1:1 (open actions of earlier ones show here too, but are kept there). */
    actions: z.array(meetingActionSchema),
    /** Private notes stay out of every document unless the person exporting ticks them in. */
    private: z.boolean(),
    /**
     * Actions of earlier 1:1s shown here because the user asked ("Bring open actions into this entry"):
     * a private entry receives none by itself, and a shared one none from a private entry.
     */
    broughtActionIds: z.array(id).optional(),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  }),
);

// ---------------------------------------------------------------- imported frameworks (schema v3)

/** One imported version of a framework. */
export const importedFrameworkSchema = onFirstUse(() =>
  z.object({
    id,
    /** 1 for the first import of this id, then 2, 3, … */
    revision: z.number().int().positive(),
    importedAt: isoTimestamp,
    fileName: z.string(),
    framework: frameworkSchema,
  }),
);

export type ImportedFramework = z.infer<typeof importedFrameworkSchema>;

// ---------------------------------------------------------------- assessments exchanged by file (schema v4)

/** What an exchange file carries: a self-assessment, or a manager's or coach's review sent back. */
export const exchangeKindSchema = z.enum(['self-assessment', 'review']);

/**
 * The newest exchange file taken in for a person and framework, by kind: a file exported before it is
 * older, and is refused.
 */
export const exchangeReceiptSchema = onFirstUse(() =>
  z.object({
    personId: id,
    frameworkId: id,
    kind: exchangeKindSchema,
    /** When the file was exported, by the exporting computer's clock. */
    exportedAt: isoTimestamp,
    importedAt: isoTimestamp,
    fileName: z.string(),
  }),
);

export type ExchangeKind = z.infer<typeof exchangeKindSchema>;
export type ExchangeReceipt = z.infer<typeof exchangeReceiptSchema>;

export type Owner = z.infer<typeof ownerSchema>;
export type GoalStatus = z.infer<typeof goalStatusSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type MeetingAction = z.infer<typeof meetingActionSchema>;
export type Meeting = z.infer<typeof meetingSchema>;

export type Relationship = z.infer<typeof relationshipSchema>;
export type Rater = z.infer<typeof raterSchema>;
export type RatingState = z.infer<typeof ratingStateSchema>;
export type Proficiency = z.infer<typeof proficiencySchema>;
export type RatingValue = z.infer<typeof ratingValueSchema>;
export type MappingTarget = z.infer<typeof mappingTargetSchema>;
export type Person = z.infer<typeof personSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotRatings = z.infer<typeof snapshotRatingsSchema>;
