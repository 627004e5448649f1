/**
 * The 1:1 preparation as a printed document, with room to write.
 */
import type { OneOnOneContent } from '../../shared/documents/document-content';
import { addAreaBars } from './area-bars';
import { ruledLines } from './document-page';
import { muted } from './document-styles';
import { look, type FlowBuilder } from './flow-builder';
import { addAction } from './growth-plan-document';

const noteLineSpacing = 24;

export function oneOnOneFlow(flow: FlowBuilder, content: OneOnOneContent): void {
  flow.text(`1:1 preparation: ${content.person}`, look.title);
  flow.text(content.framework, look.subtitle);
  flow.text(content.since ? `Since the previous 1:1 on ${content.since}` : 'First 1:1 recorded', look.subtitle);

  flow.heading('What changed', look.h2);
  flow.text(content.progress ?? 'No snapshot from before the previous 1:1 to compare with.');
  if (content.ratingChanges) {
    if (content.ratingChanges.length === 0) flow.text('No rating changed.', look.muted);
    content.ratingChanges.forEach((change) =>
      flow.text([{ text: change.statement }, { text: ` — ${change.from} → ${change.to}`, color: muted }], { bullet: '•' }),
    );
  }

  const { disagreements } = content;
  if (disagreements) {
    const reviewer = disagreements.reviewer.toLowerCase();
    flow.heading(`Where self and ${reviewer} disagree at ${disagreements.at}`, look.h2);
    if (disagreements.lines.length === 0) flow.text('No statement is rated two steps or more apart.', look.muted);
    disagreements.lines.forEach((line) =>
      flow.text(
        [
          { text: line.statement },
          {
            text: ` — self: ${line.self}; ${reviewer}: ${line.reviewer}${line.agreed ? `; agreed: ${line.agreed}` : '; no agreed rating yet'}`,
            color: muted,
          },
        ],
        { bullet: '•' },
      ),
    );
  }

  flow.heading('Focus areas', look.h2);
  flow.text(content.ratingsBasis, look.small);
  if (content.focusAreas.length === 0) flow.text('Nothing left to meet at the target.', look.muted);
  else addAreaBars(flow, content.focusAreas);

  flow.heading('Open actions', look.h2);
  if (content.openActions.length === 0) flow.text('None.', look.muted);
  content.openActions.forEach((action) => addAction(flow, action));

  flow.heading('Agenda', look.h2);
  if (content.agenda.length === 0) flow.text('No talking points written yet.', look.muted);
  content.agenda.forEach((point) => flow.text(point, { bullet: '•' }));

  if (content.notes.length > 0) {
    flow.heading('Earlier 1:1s', look.h2);
    content.notes.forEach((note) => {
      flow.heading(`${note.date}${note.private ? ' (private)' : ''}`, { bold: true, marginTop: 4, marginBottom: 1 });
      flow.text(note.talkingPoints);
      if (note.decisions) flow.text([{ text: 'Decided: ', bold: true }, { text: note.decisions }]);
    });
  }

  flow.heading('Notes', look.h2);
  flow.block(10 * noteLineSpacing, (key) => ruledLines(key, 10, noteLineSpacing));
}
