/**
 * The promotion case as a printed document.
 */
import type { PromotionCaseContent } from '../../shared/documents/document-content';
import { addAreaBars } from './area-bars';
import { addGoalText } from './growth-plan-document';
import { muted } from './document-styles';
import { look, type FlowBuilder } from './flow-builder';
import { printableAddress } from './missing-glyphs';

export function promotionCaseFlow(flow: FlowBuilder, content: PromotionCaseContent): void {
  flow.titled(`Promotion case: ${content.person}`, content.framework, content.levels);

  flow.heading('Summary by area', look.h2);
  flow.text(content.headline);
  flow.text(content.ratingsBasis, look.small);
  addAreaBars(
    flow,
    content.areas.map((area) => ({ name: area.name, percent: area.percent, missing: 0 })),
  );
  content.areas.forEach((area) =>
    flow.text(
      [{ text: area.name }, { text: ` — evidence for ${area.withEvidence} of ${area.statements.length} statements`, color: muted }],
      {
        bullet: '•',
        fontSize: 9,
      },
    ),
  );

  for (const area of content.areas) {
    flow.heading(area.name, look.h2);
    area.statements.forEach((statement) => {
      flow.heading(statement.text, { ...look.h3, fontSize: 10.5 });
      flow.text([statement.change, `Rating: ${statement.rating}`].filter(Boolean).join(' · '), { ...look.muted, keepWithNext: true });
      if (statement.note) flow.text([{ text: 'Note: ', bold: true }, { text: statement.note }]);
      if (statement.evidence.length === 0) flow.text('No evidence yet.', { ...look.warning, marginBottom: 4 });
      statement.evidence.forEach((entry) =>
        flow.text(
          [
            { text: `${entry.date} — `, bold: true },
            { text: entry.title, bold: true, link: entry.link },
            ...(entry.text ? [{ text: `: ${entry.text}` }] : []),
            // The address on a line of its own: it breaks (with a hyphen) only if longer than a line.
            ...(entry.link ? [{ text: `\n${printableAddress(entry.link)}`, color: muted, link: entry.link }] : []),
          ],
          { bullet: '•' },
        ),
      );
      if (statement.goals.length > 0) flow.text([{ text: 'Goals: ', bold: true }, { text: statement.goals.join(' · ') }], look.small);
    });
  }

  if (content.goals.length > 0) {
    flow.heading(`Goals towards ${content.target}`, look.h2);
    content.goals.forEach((goal) => {
      flow.heading(goal.title, { ...look.h3, fontSize: 10.5 });
      flow.text(goal.facts, { ...look.muted, keepWithNext: true });
      addGoalText(flow, goal);
    });
  }

  flow.heading(`Still without evidence (${content.withoutEvidence.length})`, look.h2);
  if (content.withoutEvidence.length === 0) flow.text(`Every statement of ${content.target} has evidence.`, look.muted);
  content.withoutEvidence.forEach((entry) =>
    flow.text([{ text: entry.text }, { text: ` — ${entry.area}`, color: muted }], { bullet: '☐' }),
  );
}
