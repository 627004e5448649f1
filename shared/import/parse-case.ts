/**
 * 1EdTech CASE (Competencies and Academic Standards Exchange) JSON packages: a `CFDocument`, its
 * `CFItems` and the `CFAssociations` between them. Read as one track named for the document:
 * - the items directly under the document (`isChildOf` the document) are skill areas;
 * - the items below them, in `sequenceNumber` order, are statements (`fullStatement`, verbatim);
 * - a statement's level is its `educationLevel` (the first one), else the nearest item above it
 *   whose `CFItemType` names a level ("Proficiency Level"); else every statement is one level;
 * - an `exemplar` association gives its statement an example (the destination's title), never rated.
 * Items that are levels themselves are not statements.
 */
import { z } from 'zod';
import { statementId } from '../framework/ids';
import { frameworkSchema, type CareerMap, type Level, type SkillArea, type Statement } from '../framework/schema';
import { formatIssuePath } from '../framework/parse';
import type { ImportResult } from './import-result';
import { slugOf } from './slug';

const nodeRef = z.object({ identifier: z.string(), title: z.string().optional(), uri: z.string().optional() });

const casePackageSchema = z.object({
  CFDocument: z.object({
    identifier: z.string(),
    title: z.string().min(1, 'expected the document’s title'),
    creator: z.string().optional(),
    publisher: z.string().optional(),
    version: z.string().optional(),
    description: z.string().optional(),
    officialSourceURL: z.string().optional(),
    licenseURI: z.object({ title: z.string().optional() }).optional(),
  }),
  CFItems: z
    .array(
      z.object({
        identifier: z.string(),
        fullStatement: z.string(),
        humanCodingScheme: z.string().optional(),
        abbreviatedStatement: z.string().optional(),
        CFItemType: z.string().optional(),
        educationLevel: z.array(z.string()).optional(),
      }),
    )
    .default([]),
  CFAssociations: z
    .array(
      z.object({
        associationType: z.string(),
        sequenceNumber: z.number().optional(),
        originNodeURI: nodeRef,
        destinationNodeURI: nodeRef,
      }),
    )
    .default([]),
});

type CaseItem = z.infer<typeof casePackageSchema>['CFItems'][number];

/** Whether parsed JSON is a CASE package rather than a Waymark framework. */
export function isCasePackage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'CFDocument' in data;
}

function isLevelItem(item: CaseItem): boolean {
  return /level/i.test(item.CFItemType ?? '');
}

function itemName(item: CaseItem): string {
  return item.abbreviatedStatement?.trim() || item.fullStatement;
}

export function parseCasePackage(data: unknown, fileName: string): ImportResult {
  const parsed = casePackageSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: `not a CASE package as expected: ${issue.message}`,
      })),
    };
  const { CFDocument: document, CFItems: items, CFAssociations: associations } = parsed.data;
  const byId = new Map(items.map((item) => [item.identifier, item]));
  const children = new Map<string, { id: string; sequence: number; index: number }[]>();
  const examples = new Map<string, string[]>();
  associations.forEach((association, index) => {
    if (association.associationType === 'isChildOf') {
      const parent = association.destinationNodeURI.identifier;
      children.set(parent, [
        ...(children.get(parent) ?? []),
        { id: association.originNodeURI.identifier, sequence: association.sequenceNumber ?? Number.MAX_SAFE_INTEGER, index },
      ]);
    } else if (association.associationType === 'exemplar' && association.destinationNodeURI.title?.trim()) {
      const origin = association.originNodeURI.identifier;
      examples.set(origin, [...(examples.get(origin) ?? []), association.destinationNodeURI.title]);
    }
  });
  const childrenOf = (id: string) =>
    (children.get(id) ?? [])
      .sort((a, b) => a.sequence - b.sequence || a.index - b.index)
      .map((entry) => byId.get(entry.id))
      .filter((item): item is CaseItem => item !== undefined);

  const areas: SkillArea[] = [];
  const areaIds = new Set<string>();
  // Levels by their name, so an educationLevel "Foundation" and a level item "Foundation" are one level.
  const levels = new Map<string, { id: string; label: string; statements: Omit<Statement, 'id'>[] }>();
  const fallbackLevel = '1';
  let usedFallback = false;
  const visit = (item: CaseItem, areaId: string, level: { id: string; label: string } | undefined, seen: Set<string>) => {
    if (seen.has(item.identifier)) return;
    seen.add(item.identifier);
    const ownLevel = isLevelItem(item)
      ? { id: item.humanCodingScheme?.trim() || slugOf(itemName(item), 'level'), label: itemName(item) }
      : undefined;
    const educationLevel = item.educationLevel?.[0]?.trim();
    const here = educationLevel ? { id: slugOf(educationLevel, 'level'), label: educationLevel } : (ownLevel ?? level);
    if (!ownLevel) {
      if (!here) usedFallback = true;
      const key = here?.label.toLowerCase() ?? '';
      const entry = levels.get(key) ?? { id: here?.id ?? fallbackLevel, label: here?.label ?? 'All statements', statements: [] };
      const itemExamples = examples.get(item.identifier);
      entry.statements.push({
        category: 'skill',
        areaId,
        skillName: item.humanCodingScheme?.trim() || undefined,
        text: item.fullStatement,
        ...(itemExamples ? { examples: itemExamples } : {}),
      });
      levels.set(key, entry);
    }
    for (const child of childrenOf(item.identifier)) visit(child, areaId, here, seen);
  };
  const seen = new Set<string>();
  for (const top of childrenOf(document.identifier)) {
    let id = slugOf(top.humanCodingScheme || itemName(top), 'area');
    for (let suffix = 2; areaIds.has(id); suffix += 1) id = `${slugOf(top.humanCodingScheme || itemName(top), 'area')}-${suffix}`;
    areaIds.add(id);
    areas.push({ id, name: itemName(top), ...(top.fullStatement !== itemName(top) ? { description: top.fullStatement } : {}) });
    seen.add(top.identifier);
    for (const child of childrenOf(top.identifier)) visit(child, id, undefined, seen);
  }
  if (areas.length === 0 || levels.size === 0)
    return {
      ok: false,
      problems: [
        {
          path: 'CFAssociations',
          message:
            'no statements were found: expected items that are “isChildOf” the document (skill areas) with items below them (statements)',
        },
      ],
    };
  const trackId = slugOf(document.title, 'track');
  const levelList: Level[] = [...levels.values()].map((entry, index) => {
    const levelId = /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(entry.id) ? entry.id : slugOf(entry.id, 'level');
    return {
      id: levelId,
      order: index + 1,
      label: entry.label,
      statements: entry.statements.map((statement, position) => ({
        ...statement,
        id: statementId(trackId, levelId, 'skill', position + 1),
      })),
    };
  });
  const map: CareerMap = {
    kind: 'career-map',
    id: slugOf(document.title, 'framework'),
    name: document.title,
    version: document.version?.trim() || '1',
    source: {
      name: `Imported from ${fileName}`,
      ...(document.publisher?.trim() || document.creator?.trim()
        ? { publisher: document.publisher?.trim() || document.creator?.trim() }
        : {}),
      ...(document.officialSourceURL && /^https?:\/\//.test(document.officialSourceURL) ? { url: document.officialSourceURL } : {}),
    },
    ...(document.description?.trim() ? { description: document.description } : {}),
    notes: [
      'Read from a CASE package: items directly under the document are skill areas, the items below them statements; levels come from each item’s educationLevel or the level item above it, in the order first met.',
      ...(usedFallback ? ['Some statements name no level: they are in level 1, “All statements”.'] : []),
    ],
    tracks: [{ id: trackId, name: document.title, notes: [], areas, levels: levelList }],
  };
  const checked = frameworkSchema.safeParse(map);
  if (!checked.success)
    return { ok: false, problems: checked.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })) };
  return { ok: true, framework: checked.data, notices: ['Read as a 1EdTech CASE package.'] };
}
