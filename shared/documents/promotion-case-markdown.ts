/**
 * The promotion case as Markdown, for pasting into a promotion form or a document: the same content as
 * the PDF. Text people wrote is escaped so that it reads as written, not as Markdown.
 */
import type { PromotionCaseContent, PromotionEvidence } from './document-content';
import { areaPercentText } from '../gap/percent';

/** Escapes what Markdown would read as formatting; line breaks inside an entry stay line breaks. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3')
    .replace(/\r?\n/g, '  \n');
}

const linkable = /^(https?:|mailto:)/i;

function evidenceLine(entry: PromotionEvidence): string {
  const title = markdownText(entry.title);
  const heading = entry.link && linkable.test(entry.link) ? `[${title}](<${entry.link.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
  const link = entry.link && !linkable.test(entry.link) ? ` (${markdownText(entry.link)})` : '';
  const text = entry.text ? `: ${markdownText(entry.text)}` : '';
  return `  - ${entry.date} — ${heading}${link}${text}`;
}

export function promotionCaseMarkdown(content: PromotionCaseContent): string {
  const lines: string[] = [
    `# ${markdownText(`Promotion case: ${content.person}`)}`,
    '',
    `${markdownText(content.framework)}  `,
    `${markdownText(content.levels)} · ${markdownText(content.meta.dateLabel)}`,
    '',
    '## Summary by area',
    '',
    `${markdownText(content.headline)}  `,
    `${markdownText(content.ratingsBasis)}`,
    '',
    '| Area | Met | Statements with evidence |',
    '| --- | --- | --- |',
    ...content.areas.map(
      (area) =>
        `| ${markdownText(area.name).replace(/ {2}\n/g, ' ')} | ${areaPercentText(area.percent)} | ${area.withEvidence} of ${area.statements.length} |`,
    ),
    '',
  ];
  for (const area of content.areas) {
    lines.push(`## ${markdownText(area.name)}`, '');
    for (const statement of area.statements) {
      lines.push(`### ${markdownText(statement.text)}`, '');
      const facts = [statement.change, `Rating: ${statement.rating}`].filter(Boolean).join(' · ');
      lines.push(`${markdownText(facts)}  `);
      if (statement.note) lines.push(`Note: ${markdownText(statement.note)}  `);
      lines.push('');
      if (statement.evidence.length > 0) lines.push('Evidence:', '', ...statement.evidence.map(evidenceLine), '');
      else lines.push('No evidence yet.', '');
      if (statement.goals.length > 0) lines.push('Goals:', '', ...statement.goals.map((goal) => `  - ${markdownText(goal)}`), '');
    }
  }
  if (content.goals.length > 0) lines.push(`## ${markdownText(`Goals towards ${content.target}`)}`, '');
  for (const goal of content.goals) {
    lines.push(`### ${markdownText(goal.title)}`, '', markdownText(goal.facts), '');
    if (goal.description) lines.push(markdownText(goal.description), '');
    if (goal.successCriteria) lines.push(`Success criteria:  `, markdownText(goal.successCriteria), '');
  }
  lines.push(`## Still without evidence (${content.withoutEvidence.length})`, '');
  if (content.withoutEvidence.length === 0) lines.push(`Every statement of ${markdownText(content.target)} has evidence.`);
  lines.push(...content.withoutEvidence.map((entry) => `- [ ] ${markdownText(entry.text)} (${markdownText(entry.area)})`), '');
  lines.push(`---`, '', markdownText(content.meta.footer), '');
  return lines.join('\n');
}
