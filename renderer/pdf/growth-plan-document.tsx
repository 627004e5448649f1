/**
 * The growth plan as a printed document.
 */
import type { ActionLine, GoalBlock, GrowthPlanContent } from '../../shared/documents/document-content';
import { addAreaBars } from './area-bars';
import { muted, warning } from './document-styles';
import { look, type FlowBuilder } from './flow-builder';
import type { Span } from './text-measure';

/** An action as one line: a box to tick, what to do, then who, when and where it comes from. */
export function actionSpans(action: ActionLine): Span[] {
  const details = [action.owner, action.due ? `due ${action.due}` : undefined].filter(Boolean).join(', ');
  return [
    { text: action.text },
    { text: ` — ${details}${action.source ? ` · ${action.source}` : ''}`, color: muted },
    ...(action.overdue ? [{ text: ' Overdue', color: warning, bold: true }] : []),
  ];
}

export function addAction(flow: FlowBuilder, action: ActionLine, indent = 0): void {
  flow.text(actionSpans(action), { bullet: action.done ? '☑' : '☐', indent });
}

/** A goal's description as its own paragraphs, then its success criteria under a label, line breaks kept. */
export function addGoalText(flow: FlowBuilder, goal: Pick<GoalBlock, 'description' | 'successCriteria'>): void {
  if (goal.description) flow.text(goal.description, { marginTop: 2 });
  if (goal.successCriteria) {
    flow.heading('Success criteria', { bold: true, marginTop: 2, marginBottom: 1 });
    flow.text(goal.successCriteria);
  }
}

export function growthPlanFlow(flow: FlowBuilder, content: GrowthPlanContent): void {
  flow.titled(`Growth plan: ${content.person}`, content.framework, content.levels);

  flow.heading('Where things stand', look.h2);
  flow.text(content.headline);
  flow.text(content.ratingsBasis, look.small);
  if (content.areas.length > 0) addAreaBars(flow, content.areas);

  flow.heading('Goals', look.h2);
  if (content.goals.length === 0) flow.text('No goals yet.', look.muted);
  content.goals.forEach((goal, index) => {
    flow.heading(`${index + 1}. ${goal.title}`, { ...look.h3, marginTop: index === 0 ? 2 : 10 });
    flow.text(
      [
        { text: [goal.status, goal.owner, goal.due ? `due ${goal.due}` : undefined].filter(Boolean).join(' · '), color: muted },
        ...(goal.overdue ? [{ text: ' · Overdue', color: warning, bold: true }] : []),
      ],
      { keepWithNext: true },
    );
    addGoalText(flow, goal);
    if (goal.statements.length > 0) {
      flow.heading('Closes the gap on', { bold: true, marginTop: 2, marginBottom: 1 });
      goal.statements.forEach((statement) => flow.text(statement, { bullet: '•' }));
    }
    if (goal.actions.length > 0) {
      flow.heading('Actions', { bold: true, marginTop: 2, marginBottom: 1 });
      goal.actions.forEach((action) => addAction(flow, action));
    }
    if (goal.evidence.length > 0) {
      flow.heading('Evidence', { bold: true, marginTop: 2, marginBottom: 1 });
      goal.evidence.forEach((entry) => flow.text([{ text: `${entry.date}: `, bold: true }, { text: entry.text }], { bullet: '•' }));
    }
  });

  if (content.evidence.length > 0) {
    flow.heading('Evidence highlights', look.h2);
    content.evidence.forEach((entry) => {
      flow.text([{ text: entry.date, bold: true }, { text: ` — ${entry.text}` }], {
        keepWithNext: entry.supports.length > 0,
        marginBottom: 1,
      });
      if (entry.supports.length > 0) flow.text(`Supports: ${entry.supports.join(' · ')}`, { ...look.small, marginBottom: 5 });
    });
  }
}
