/**
 * The Monzo progression-framework format: a Markdown file whose YAML front matter holds the framework
 * (`title`, `levels`, `topics[]` → `content[]` → `level`, `criteria[]`, `exampleCriteria[]` of
 * `{ criteria, examples[] }`). One file is one track: topics are skill areas, levels 1…n are L1…Ln,
 * criteria are statements, and an example criterion is a statement whose examples are shown beside
 * it, never rated. The Markdown body (prose about the framework) is not imported.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { statementId } from '../framework/ids';
import { frameworkSchema, type CareerMap, type Level, type SkillArea } from '../framework/schema';
import { formatIssuePath } from '../framework/parse';
import type { ImportProblem, ImportResult } from './import-result';
import { slugOf } from './slug';

const verbatim = z.string().refine((value) => value.trim().length > 0, 'expected some text');

const monzoSchema = z.object({
  path: z.string().optional(),
  title: verbatim,
  levels: z.number().int().positive().optional(),
  topics: z
    .array(
      z.object({
        name: verbatim,
        title: z.string().nullish(),
        content: z.array(
          z.object({
            level: z.number().int(),
            criteria: z.array(verbatim).nullish(),
            exampleCriteria: z.array(z.object({ criteria: verbatim, examples: z.array(verbatim).nullish() })).nullish(),
          }),
        ),
      }),
    )
    .min(1, 'expected at least one topic'),
});

const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/** Whether the text looks like a Monzo framework file: front matter with topics. */
export function isMonzoFramework(text: string): boolean {
  const match = frontMatter.exec(text);
  return Boolean(match && /^topics:/m.test(match[1] ?? ''));
}

export function parseMonzoFramework(text: string, fileName: string): ImportResult {
  const match = frontMatter.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [
        { line: 1, message: 'expected a Monzo framework file: YAML front matter between two “---” lines, with “title” and “topics”' },
      ],
    };
  }
  // The front matter starts on line 2, after the first ---.
  const yamlText = match[1] ?? '';
  const lines = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error): ImportProblem => {
        const position = lines.linePos(error.pos[0]);
        return { line: position.line + 1, column: position.col, message: error.message.split('\n')[0] ?? error.message };
      }),
    };
  }
  const parsed = monzoSchema.safeParse(document.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const node = document.getIn(
          issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
          true,
        );
        const range = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? node.range : undefined;
        const position = typeof range?.[0] === 'number' ? lines.linePos(range[0]) : undefined;
        return {
          line: position ? position.line + 1 : undefined,
          path: formatIssuePath(issue.path),
          message: issue.message,
        };
      }),
    };
  }
  const source = parsed.data;
  const trackId = slugOf(source.path?.split('/').filter(Boolean).at(-1) ?? source.title, 'track');
  const areas: SkillArea[] = source.topics.map((topic) => ({
    id: slugOf(topic.name, 'area'),
    name: topic.title?.trim() ? topic.title : topic.name,
  }));
  const levelNumbers = [
    ...new Set([
      ...Array.from({ length: source.levels ?? 0 }, (_, index) => index + 1),
      ...source.topics.flatMap((topic) => topic.content.map((entry) => entry.level)),
    ]),
  ].sort((a, b) => a - b);
  const levels: Level[] = levelNumbers.map((number) => {
    const id = `L${number}`;
    const statements: Level['statements'] = [];
    source.topics.forEach((topic, topicIndex) => {
      const areaId = areas[topicIndex]?.id ?? 'area';
      for (const entry of topic.content.filter((content) => content.level === number)) {
        for (const criterion of entry.criteria ?? [])
          statements.push({ id: statementId(trackId, id, 'skill', statements.length + 1), category: 'skill', areaId, text: criterion });
        for (const example of entry.exampleCriteria ?? [])
          statements.push({
            id: statementId(trackId, id, 'skill', statements.length + 1),
            category: 'skill',
            areaId,
            text: example.criteria,
            ...(example.examples && example.examples.length > 0 ? { examples: example.examples } : {}),
          });
      }
    });
    return { id, order: number, label: `Level ${number}`, statements };
  });
  const map: CareerMap = {
    kind: 'career-map',
    id: slugOf(source.title, 'framework'),
    name: source.title,
    version: '1',
    source: { name: `Imported from ${fileName}` },
    notes: [
      'Read from a Monzo progression-framework file: topics are skill areas, levels 1…n are L1…Ln, criteria and example criteria are statements, and the examples of an example criterion are shown with it, not rated.',
      'The file has no version of its own: version 1 is this import.',
    ],
    tracks: [{ id: trackId, name: source.title, notes: [], areas, levels }],
  };
  const checked = frameworkSchema.safeParse(map);
  if (!checked.success)
    return { ok: false, problems: checked.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })) };
  return {
    ok: true,
    framework: checked.data,
    notices: ['The Markdown text below the front matter is not imported; it is prose about the framework.'],
  };
}
