/**
 * Documents filled the way real people fill them, and worse: 5,000-character pastes in every text field,
 * emoji (with skin tones and joiners), symbols, Hebrew and Arabic, Chinese and Japanese, unbroken URLs
 * and paths; 200 goals; 1,000 statements. Every text carries a marker ("#t17") to find it again.
 */
import type {
  ActionLine,
  DocumentContent,
  GrowthPlanContent,
  OneOnOneContent,
  PromotionCaseContent,
  WorksheetContent,
} from '../../../../shared/documents/document-content';
import type { DocumentMeta, PaperSize } from '../../../../shared/documents/document-meta';

const pieces = [
  'Led the migration of the payments service 🎉 — with zero downtime → ✓ done.',
  'Mentored two engineers 🤝 (👩‍💼 Leadership, 👍🏽 feedback).',
  'See https://intranet.example.com/projects/platform/roadmap/2026/q3/infrastructure-migration-plan-final-v2.pdf for details.',
  'Path: /home/user/projects/waymark/renderer/pdf/really/deeply/nested/directory/structure/file-name.tsx',
  'Zoë Łukasz Ångström, Дмитрий, Παναγιώτης.',
  'שלום עולם, זה טקסט בעברית.',
  'مرحبا بالعالم، هذا نص عربي.',
  '中文文本：负责平台迁移。日本語のテキスト：カタカナ。',
  'Ordinary sentence about improving the on-call rotation and the incident review process.',
];

/** A text of about `length` characters, starting with its marker. */
export function stressText(marker: number, length: number): string {
  let text = `#t${marker} text: `;
  let index = marker;
  while (text.length < length) {
    text += `${pieces[index % pieces.length]} `;
    index += 1;
  }
  return text.trim();
}

let nextMarker = 1;
const long = () => stressText(nextMarker++, 5000);
const short = () => stressText(nextMarker++, 120);

function meta(title: string, paper: PaperSize, confidential = false): DocumentMeta {
  return {
    title,
    dateLabel: '23 Nov 2026',
    isoDate: '2026-11-23',
    paper,
    footer: `Framework ${short()} · version 1 · source: a long source name`,
    confidential,
  };
}

function action(text: string, index: number): ActionLine {
  return { text, owner: 'Manager', due: '1 Dec 2026', done: index % 3 === 0, overdue: index % 4 === 0, source: `Goal ${index}` };
}

export function stressGrowthPlan(paper: PaperSize, goalCount = 200): GrowthPlanContent {
  return {
    kind: 'growth-plan',
    meta: meta('Growth plan', paper),
    ratingsBasis: `Measured on agreed ratings, else the manager’s, else self-ratings: ${short()}`,
    person: `Zoë 🎉 ${short()}`,
    framework: long(),
    levels: 'L4 → L5',
    headline: long(),
    areas: Array.from({ length: 30 }, (_, index) => ({
      name: index % 10 === 0 ? long() : `👩‍💼 Area ${short()}`,
      percent: index % 7 === 0 ? null : (index * 13) % 101,
      missing: index,
    })),
    goals: Array.from({ length: goalCount }, (_, index) => ({
      title: index % 40 === 0 ? long() : short(),
      // Line breaks as typed: paragraphs and lists in a description, a list of criteria.
      description: index % 40 === 0 ? `${long()}\n\n${short()}` : index % 3 === 0 ? short() : undefined,
      successCriteria: index % 40 === 0 ? `${short()}\n${long()}` : index % 4 === 0 ? `${short()}\n${short()}` : undefined,
      owner: 'Me',
      status: 'In progress',
      due: '1 Dec 2026',
      overdue: index % 5 === 0,
      statements: index % 40 === 0 ? [long(), short()] : [short()],
      actions: index % 40 === 0 ? [action(long(), index), action(short(), index + 1)] : [action(short(), index)],
      evidence: index % 40 === 0 ? [{ date: '2 Nov 2026', text: long() }] : [],
    })),
    evidence: Array.from({ length: 6 }, () => ({ date: '2 Nov 2026', text: long(), supports: [long(), short()] })),
  };
}

export function stressOneOnOne(paper: PaperSize): OneOnOneContent {
  return {
    kind: 'one-on-one',
    meta: meta('1:1 preparation', paper, true),
    ratingsBasis: 'Measured on agreed ratings, else the manager’s, else self-ratings: 3 agreed, 12 self',
    disagreements: {
      reviewer: 'Manager',
      at: 'L5',
      lines: Array.from({ length: 30 }, (_, index) => ({
        statement: index % 7 === 0 ? long() : short(),
        self: 'Consistently',
        reviewer: 'Not yet',
        agreed: index % 2 === 0 ? 'Partly' : undefined,
      })),
    },
    person: short(),
    framework: long(),
    since: '16 Nov 2026',
    progress: long(),
    ratingChanges: Array.from({ length: 40 }, (_, index) => ({
      statement: index % 10 === 0 ? long() : short(),
      from: 'Partly',
      to: 'Consistently',
    })),
    focusAreas: [
      { name: long(), percent: 20, missing: 3 },
      { name: short(), percent: null, missing: 1 },
    ],
    openActions: Array.from({ length: 30 }, (_, index) => action(index % 10 === 0 ? long() : short(), index)),
    agenda: Array.from({ length: 12 }, (_, index) => (index % 4 === 0 ? long() : short())),
    notes: Array.from({ length: 3 }, (_, index) => ({
      date: '2 Nov 2026',
      talkingPoints: long(),
      decisions: long(),
      private: index === 0,
    })),
    includesPrivate: true,
  };
}

export function stressWorksheet(paper: PaperSize, layout: 'roomy' | 'compact', statementCount = 1000, filled = true): WorksheetContent {
  const perArea = 50;
  return {
    kind: 'worksheet',
    meta: meta('Worksheet', paper),
    layout,
    heading: `Worksheet: ${short()} L5`,
    person: filled ? short() : '',
    framework: long(),
    level: 'L5',
    scale: ['Not yet', 'Partly', 'Consistently', 'Not applicable'],
    scaleShort: ['Not yet', 'Partly', 'Consistently', 'N/A'],
    areas: Array.from({ length: Math.ceil(statementCount / perArea) }, (_, areaIndex) => ({
      name: areaIndex % 5 === 0 ? long() : short(),
      items: Array.from({ length: Math.min(perArea, statementCount - areaIndex * perArea) }, (_, index) => ({
        text: index % 50 === 0 ? long() : short(),
        skillName: index % 3 === 0 ? `Skill ${short()}` : undefined,
        ticked: filled ? index % 4 : null,
        note: filled && index % 2 === 0 ? (index % 50 === 10 ? long() : short()) : undefined,
      })),
    })),
  };
}

export function stressPromotionCase(paper: PaperSize): PromotionCaseContent {
  const areas = Array.from({ length: 10 }, (_, areaIndex) => {
    const statements = Array.from({ length: 20 }, (_, index) => ({
      text: index % 10 === 0 ? long() : short(),
      change: index % 2 === 0 ? 'New or reworded at L5' : 'Also at L4',
      rating: 'Partly',
      note: index % 3 === 0 ? (index % 9 === 0 ? long() : short()) : undefined,
      evidence:
        index % 4 === 3
          ? []
          : Array.from({ length: 1 + (index % 3) }, (_, entry) => ({
              date: '2 Nov 2026',
              title: short(),
              text: entry === 0 && index % 10 === 1 ? long() : short(),
              link:
                entry === 0
                  ? `https://example.com/very/long/path/to/evidence/${areaIndex}/${index}/pull-request-with-a-long-name`
                  : undefined,
            })),
      goals: index % 5 === 0 ? [short()] : [],
    }));
    return { name: areaIndex === 0 ? long() : short(), percent: areaIndex * 10, withEvidence: 15, statements };
  });
  return {
    kind: 'promotion-case',
    meta: meta('Promotion case', paper),
    person: short(),
    framework: long(),
    levels: 'L4 → L5',
    target: 'L5',
    headline: short(),
    ratingsBasis: `Measured on agreed ratings, else the manager’s, else self-ratings: ${short()}`,
    areas,
    goals: Array.from({ length: 30 }, (_, index) => ({
      title: index % 10 === 0 ? long() : short(),
      facts: 'In progress · due 1 Dec 2026 · addresses 3 statements of L5',
      description: index % 10 === 0 ? `${long()}\n\n${short()}` : index % 2 === 0 ? short() : undefined,
      successCriteria: index % 10 === 5 ? `${short()}\n${long()}` : index % 3 === 0 ? short() : undefined,
    })),
    withoutEvidence: areas.flatMap((area) =>
      area.statements
        .filter((statement) => statement.evidence.length === 0)
        .map((statement) => ({ area: area.name, text: statement.text })),
    ),
  };
}

/** Every text a document's content holds (what must be found in the PDF), with the document's own labels left out. */
export function textsOf(content: DocumentContent): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (value.startsWith('#t') || value.includes('#t')) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((entry) => walk(entry, key));
    else if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) if (childKey !== 'footer' && childKey !== 'meta') walk(child, childKey);
    }
  };
  walk(content, '');
  return texts;
}
