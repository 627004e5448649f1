/**
 * The framework model: zod schemas for every framework Waymark can hold, and the types inferred from them.
 *
 * Two shapes exist because the sources come in two shapes: a career map (tracks × levels × statements)
 * and a role card (one role at one level, with attributes, a story and typed components). Both share
 * the same header so lists, history and documents can treat any framework alike.
 *
 * Ids are stored in the data, never derived at run time, so that ratings keep pointing at the same
 * statement even if the id rule changes. The rule that produced them is in docs of `statementId`
 * and `componentId` (shared/framework/ids.ts).
 *
 * Each schema of more than one field is made on first use (zod-on-first-use.ts): a start that reads no
 * imported framework uses none of them.
 */
import { z } from 'zod';
import { onFirstUse } from '../zod-on-first-use.ts';

/** A slug: lower-case letters, digits and dashes, used for framework, track and area ids. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and dashes, like "frontend"');

const text = z.string().trim().min(1, 'expected some text');

export const frameworkSourceSchema = onFirstUse(() =>
  z.object({
    /** What the source is, in a few words. */
    name: text,
    /** The file the data was converted from, when Waymark ships it. */
    document: text.optional(),
    url: z.url().optional(),
    publisher: text.optional(),
  }),
);

/** Fields every framework has, whatever its shape (made with the schema that has them). */
const frameworkHeader = () => ({
  /** Stable id; a re-import with the same id is a new version of the same framework. */
  id: slug,
  name: text,
  /** The framework's own version, or Waymark's revision of its conversion where the source has none. */
  version: text,
  source: frameworkSourceSchema,
  /** Text the source gives about the framework as a whole, verbatim. */
  description: text.optional(),
  /** Judgement calls made when converting the source: how it was read, grouped and numbered. */
  notes: z.array(text).default([]),
});

// ---------------------------------------------------------------- career maps

export const statementCategorySchema = z.enum(['experience', 'responsibility', 'skill']);

export const statementSchema = onFirstUse(() =>
  z.object({
    id: text,
    category: statementCategorySchema,
    /** The skill area row this statement sits in; experience and responsibility have areas of their own. */
    areaId: slug,
    /** The skill's name where the source names one ("HTML/CSS"), verbatim. */
    skillName: text.optional(),
    /** The statement, verbatim. */
    text,
    /** Illustrations of the statement ("I decided to X instead of Y…"), verbatim: shown with it, never rated. */
    examples: z.array(text).optional(),
  }),
);

/** An illustration of what a level looks like in one skill area (Snowflake's examples): shown, never rated. */
export const areaExampleSchema = onFirstUse(() =>
  z.object({
    areaId: slug,
    text,
  }),
);

export const levelKindSchema = z.enum(['individual-contributor', 'management']);

export const levelSchema = onFirstUse(() =>
  z.object({
    /** Short id as the source writes it, such as "L5". */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a short level id like "L5"'),
    /**
     * Rank on the ladder; higher is more senior. Gaps are allowed where the source skips a level. Two
     * levels may share a rank when they are parallel rungs of different kinds (E5 and M5).
     */
    order: z.number().int(),
    /** Position within the rank for dotted levels (1.1, 1.2, 2.1): rank 1 step 2 is "1.2". */
    step: z.number().int().positive().optional(),
    /** The level's title where the source gives one ("Senior Engineer"). */
    label: text.optional(),
    /** Which ladder the level is on, where the source says: individual contributor or management. */
    kind: levelKindSchema.optional(),
    statements: z.array(statementSchema),
    /** Examples per skill area, in source order: shown beside the statements, never rated. */
    examples: z.array(areaExampleSchema).optional(),
  }),
);

export const skillAreaSchema = onFirstUse(() =>
  z.object({
    id: slug,
    name: text,
    /** What the area holds, and why statements were grouped into it. */
    description: text.optional(),
  }),
);

/**
 * Whether two levels claim the same place on the ladder: the same rank and step, unless they are
 * parallel rungs of different, stated kinds (E5 individual contributor beside M5 management).
 */
function samePlace(
  a: { order: number; step?: number | undefined; kind?: LevelKind | undefined },
  b: { order: number; step?: number | undefined; kind?: LevelKind | undefined },
): boolean {
  if (a.order !== b.order || (a.step ?? 0) !== (b.step ?? 0)) return false;
  return !a.kind || !b.kind || a.kind === b.kind;
}

export const trackSchema = onFirstUse(() =>
  z
    .object({
      id: slug,
      name: text,
      description: text.optional(),
      notes: z.array(text).default([]),
      /** Rows of the career map, in display order. */
      areas: z.array(skillAreaSchema).min(1, 'a track needs at least one skill area'),
      levels: z.array(levelSchema).min(1, 'a track needs at least one level'),
    })
    .superRefine((track, ctx) => {
      const areaIds = new Set(track.areas.map((area) => area.id));
      const levelIds = new Set<string>();
      track.levels.forEach((level, levelIndex) => {
        if (levelIds.has(level.id)) {
          ctx.addIssue({ code: 'custom', path: ['levels', levelIndex, 'id'], message: `level id "${level.id}" is used twice` });
        }
        const other = track.levels.slice(0, levelIndex).find((earlier) => samePlace(earlier, level))?.id;
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', levelIndex, 'order'],
            message: `levels "${other}" and "${level.id}" have the same place on the ladder (order ${level.order}${level.step ? `, step ${level.step}` : ''}${level.kind ? `, ${level.kind}` : ''}); parallel rungs of one rank need different kinds`,
          });
        }
        levelIds.add(level.id);
        level.examples?.forEach((example, exampleIndex) => {
          if (!areaIds.has(example.areaId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['levels', levelIndex, 'examples', exampleIndex, 'areaId'],
              message: `unknown skill area "${example.areaId}"; expected one of ${[...areaIds].join(', ')}`,
            });
          }
        });
        level.statements.forEach((statement, statementIndex) => {
          if (!areaIds.has(statement.areaId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['levels', levelIndex, 'statements', statementIndex, 'areaId'],
              message: `unknown skill area "${statement.areaId}"; expected one of ${[...areaIds].join(', ')}`,
            });
          }
        });
      });
    }),
);

export const careerMapSchema = onFirstUse(() =>
  z
    .object({
      kind: z.literal('career-map'),
      ...frameworkHeader(),
      tracks: z.array(trackSchema).min(1, 'a career map needs at least one track'),
    })
    .superRefine((map, ctx) => {
      const seen = new Set<string>();
      map.tracks.forEach((track, trackIndex) => {
        track.levels.forEach((level, levelIndex) => {
          level.statements.forEach((statement, statementIndex) => {
            if (seen.has(statement.id)) {
              ctx.addIssue({
                code: 'custom',
                path: ['tracks', trackIndex, 'levels', levelIndex, 'statements', statementIndex, 'id'],
                message: `statement id "${statement.id}" is used twice`,
              });
            }
            seen.add(statement.id);
          });
        });
      });
    }),
);

// ---------------------------------------------------------------- role cards

/** A confidence as the source states it: a band ("medium") and/or a score between 0 and 1. */
export const confidenceSchema = onFirstUse(() =>
  z.object({
    band: z.enum(['low', 'medium', 'high']).optional(),
    score: z.number().min(0).max(1).optional(),
  }),
);

export const levelAttributeKeySchema = z.enum([
  'scope',
  'autonomy',
  'complexity',
  'impact',
  'decision-rights',
  'leadership',
  'typical-experience',
]);

export const levelAttributeSchema = onFirstUse(() =>
  z.object({
    key: levelAttributeKeySchema,
    /** The attribute's name as the source writes it ("Decision rights"). */
    label: text,
    text,
  }),
);

export const componentTypeSchema = z.enum(['responsibility', 'task', 'skill', 'knowledge', 'competency', 'qualification']);

export const roleComponentSchema = onFirstUse(() =>
  z.object({
    id: text,
    type: componentTypeSchema,
    text,
  }),
);

export const titleAliasSchema = onFirstUse(() =>
  z.object({
    title: text,
    type: text,
    confidence: confidenceSchema,
    /** null where the source leaves the column empty: not known to be approved. */
    approved: z.boolean().nullable(),
  }),
);

export const classificationMappingSchema = onFirstUse(() =>
  z.object({
    /** The classification system, e.g. "O*NET / SOC". */
    system: text,
    code: text,
    title: text,
    /** How the mapping was made, as the source says ("inferred_from_superfunction"). */
    basis: text.optional(),
    reviewStatus: text.optional(),
  }),
);

export const storyProblemSchema = onFirstUse(() =>
  z.object({
    /** The problem's label as the source writes it ("The external problem"). */
    label: text,
    text,
  }),
);

export const roleStorySchema = onFirstUse(() =>
  z.object({
    who: text.optional(),
    problems: z.array(storyProblemSchema).default([]),
    plan: z.array(text).default([]),
    stakes: text.optional(),
    success: text.optional(),
  }),
);

export const roleCardSchema = onFirstUse(() =>
  z
    .object({
      kind: z.literal('role-card'),
      ...frameworkHeader(),
      code: text,
      title: text,
      summary: text.optional(),
      level: z.object({
        code: text,
        name: text,
        summary: text.optional(),
        attributes: z.array(levelAttributeSchema),
      }),
      story: roleStorySchema,
      components: z.array(roleComponentSchema),
      aliases: z.array(titleAliasSchema).default([]),
      classifications: z.array(classificationMappingSchema).default([]),
      status: text,
      confidence: confidenceSchema,
      /** Where the card applies, as the source says ("global"). */
      scope: text.optional(),
    })
    .superRefine((card, ctx) => {
      const seen = new Set<string>();
      card.components.forEach((component, index) => {
        if (seen.has(component.id)) {
          ctx.addIssue({ code: 'custom', path: ['components', index, 'id'], message: `component id "${component.id}" is used twice` });
        }
        seen.add(component.id);
      });
    }),
);

// ---------------------------------------------------------------- any framework

export const frameworkSchema = onFirstUse(() => z.discriminatedUnion('kind', [careerMapSchema, roleCardSchema]));

export type FrameworkSource = z.infer<typeof frameworkSourceSchema>;
export type StatementCategory = z.infer<typeof statementCategorySchema>;
export type Statement = z.infer<typeof statementSchema>;
export type AreaExample = z.infer<typeof areaExampleSchema>;
export type LevelKind = z.infer<typeof levelKindSchema>;
export type Level = z.infer<typeof levelSchema>;
export type SkillArea = z.infer<typeof skillAreaSchema>;
export type Track = z.infer<typeof trackSchema>;
export type CareerMap = z.infer<typeof careerMapSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type LevelAttributeKey = z.infer<typeof levelAttributeKeySchema>;
export type LevelAttribute = z.infer<typeof levelAttributeSchema>;
export type ComponentType = z.infer<typeof componentTypeSchema>;
export type RoleComponent = z.infer<typeof roleComponentSchema>;
export type TitleAlias = z.infer<typeof titleAliasSchema>;
export type ClassificationMapping = z.infer<typeof classificationMappingSchema>;
export type RoleStory = z.infer<typeof roleStorySchema>;
export type RoleCard = z.infer<typeof roleCardSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
