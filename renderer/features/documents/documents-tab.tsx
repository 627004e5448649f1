/**
 * The person's documents: a growth plan, a 1:1 preparation and a worksheet, each made as a PDF on this
 * computer. Private notes and individual ratings go into the 1:1 document only when ticked in.
 */
import { useState } from 'react';
import { levelsInOrder } from '../../../shared/framework/career-map';
import type { DocumentContext } from '../../../shared/documents/document-context';
import { displayName } from '../../../shared/workspace/labels';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { documentFileName } from '../../../shared/documents/document-meta';
import { growthPlanContent } from '../../../shared/documents/growth-plan';
import { includesPrivateNotes, oneOnOneContent } from '../../../shared/documents/one-on-one';
import { promotionCaseContent } from '../../../shared/documents/promotion-case';
import { promotionCaseMarkdown } from '../../../shared/documents/promotion-case-markdown';
import { worksheetContent } from '../../../shared/documents/worksheet';
import { basisLine, reviewerLabel } from '../../../shared/workspace/counted-ratings';
import type { WorksheetLayout } from '../../../shared/documents/document-content';
import type { Person } from '../../../shared/workspace/schema';
import { frozenRatingLookup } from '../../../shared/workspace/snapshot';
import { formatDate, localDate } from '../../../shared/dates/local-date';
import { RatingBasisChoice } from '../../components/rater-choice';
import { useAppStore } from '../../store/app-store';
import { allRatings } from '../../store/people-slice';
import { useCountedRatings, useRatingValues } from '../../store/person-hooks';
import { ExportStatus } from './export-status';
import { PaperChoice, usePaperSize, WorksheetLayoutChoice } from './paper-choice';
import { useDocumentExport } from './use-document-export';

export function DocumentsTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const goals = useAppStore((state) => state.goals);
  const meetings = useAppStore((state) => state.meetings);
  const evidence = useAppStore((state) => state.evidence);
  const snapshots = useAppStore((state) => state.snapshots);
  const ratingsByRater = useAppStore((state) => state.ratings);
  const basis = useAppStore((state) => state.ratingBasis);
  const setBasis = useAppStore((state) => state.setRatingBasis);
  const counted = useCountedRatings();
  const loadSnapshotRatings = useAppStore((state) => state.loadSnapshotRatings);
  const ratings = useRatingValues();
  const [paper, setPaper] = usePaperSize();
  const [includePrivate, setIncludePrivate] = useState(false);
  const [includeRatings, setIncludeRatings] = useState(false);
  const [includeDisagreements, setIncludeDisagreements] = useState(false);
  const reviewer = reviewerLabel(person.relationship).toLowerCase();
  const levels = mapping.kind === 'career-map' ? levelsInOrder(mapping.track) : [];
  const [worksheetLevel, setWorksheetLevel] = useState(mapping.kind === 'career-map' ? (mapping.targetLevel ?? levels[0])?.id : undefined);
  const [filled, setFilled] = useState(true);
  const [layout, setLayout] = useState<WorksheetLayout>('roomy');
  const { state, run, runText, cancel } = useDocumentExport();
  const name = displayName(person);
  const busy = state.status === 'working';

  const context = (): DocumentContext => {
    const today = localDate();
    return { person, mapping, ratings, ratingsBasis: basisLine(basis, person.relationship, counted), today, paper, formatDate };
  };

  function exportGrowthPlan() {
    const ctx = context();
    void run('growth plan', documentFileName('Growth plan', name, ctx.today), async () => growthPlanContent(ctx, goals, evidence));
  }

  function exportOneOnOne() {
    const ctx = context();
    // The file name says so when private notes go in (the document itself says it on every page).
    const confidential = includesPrivateNotes(meetings, includePrivate);
    void run('1:1 preparation', documentFileName('1:1 preparation', name, ctx.today, { confidential }), async () => {
      const shown = meetings.filter((meeting) => includePrivate || !meeting.private);
      const previous = [...shown].sort((a, b) => b.date.localeCompare(a.date)).find((meeting) => meeting.date < ctx.today);
      const snapshot = previous
        ? [...snapshots].reverse().find((candidate) => candidate.frameworkId === mapping.framework.id && candidate.date <= previous.date)
        : undefined;
      const frozen = snapshot ? await loadSnapshotRatings(snapshot.id) : [];
      return oneOnOneContent(ctx, {
        meetings,
        goals,
        snapshotBefore: snapshot ? { snapshot, ratings: frozenRatingLookup(frozen) } : undefined,
        includePrivate,
        includeRatings,
        disagreementsFrom: includeDisagreements ? allRatings(ratingsByRater) : undefined,
      });
    });
  }

  function promotionCase() {
    return promotionCaseContent(context(), { ratings: counted, evidence, goals });
  }

  function exportPromotionCase() {
    void run('promotion case', documentFileName('Promotion case', name, localDate()), async () => promotionCase());
  }

  function exportPromotionCaseMarkdown() {
    void runText('promotion case', documentFileName('Promotion case', name, localDate(), { extension: 'md' }), async () =>
      promotionCaseMarkdown(promotionCase()),
    );
  }

  function exportWorksheet() {
    const today = localDate();
    const source =
      mapping.kind === 'role-card'
        ? ({ kind: 'role-card', framework: mapping.framework } as const)
        : ({ kind: 'career-map', framework: mapping.framework, track: mapping.track, levelId: worksheetLevel ?? '' } as const);
    const label = mapping.kind === 'role-card' ? mapping.framework.code : `${mapping.track.name} ${worksheetLevel ?? ''}`;
    void run('worksheet', documentFileName(`Worksheet ${label}`, filled ? name : undefined, today), async () =>
      worksheetContent(source, {
        paper,
        today,
        dateLabel: formatDate(today),
        filledFrom: filled ? { name, ratings: counted, ratingsBasis: basisLine(basis, person.relationship, counted) } : undefined,
        layout,
      }),
    );
  }

  return (
    <div className="documents">
      <div className="toolbar">
        <PaperChoice id="documents-paper" value={paper} onChange={setPaper} />
        <RatingBasisChoice id="documents-basis" value={basis} relationship={person.relationship} onChange={setBasis} />
        <span className="hint">Documents are made on this computer; nothing is uploaded.</span>
      </div>
      <ExportStatus state={state} onCancel={cancel} />
      <div className="document-cards">
        <section className="document-card" aria-labelledby="doc-growth-plan">
          <h2 id="doc-growth-plan">Growth plan</h2>
          <p className="hint">
            Where {name} stands against the target, by area with a chart; the goals, their actions and dates; evidence highlights.
          </p>
          <button type="button" onClick={exportGrowthPlan} disabled={busy}>
            Export growth plan
          </button>
        </section>
        <section className="document-card" aria-labelledby="doc-one-on-one">
          <h2 id="doc-one-on-one">1:1 preparation</h2>
          <p className="hint">What changed since the previous 1:1, focus areas, open actions, the agenda and room for notes.</p>
          <label className="checkbox">
            <input type="checkbox" checked={includePrivate} onChange={(event) => setIncludePrivate(event.target.checked)} />
            Include private notes
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={includeRatings} onChange={(event) => setIncludeRatings(event.target.checked)} />
            Include individual ratings
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={includeDisagreements} onChange={(event) => setIncludeDisagreements(event.target.checked)} />
            Include where self and {reviewer} disagree
          </label>
          <button type="button" onClick={exportOneOnOne} disabled={busy}>
            Export 1:1 preparation
          </button>
        </section>
        <section className="document-card" aria-labelledby="doc-promotion-case">
          <h2 id="doc-promotion-case">Promotion case</h2>
          <p className="hint">
            Every statement of the target with what changed, the rating and note, the dated evidence with links and related goals; a summary
            by area; and what still has no evidence.
          </p>
          <div className="button-row">
            <button type="button" onClick={exportPromotionCase} disabled={busy}>
              Export promotion case
            </button>
            <button type="button" className="button-secondary" onClick={exportPromotionCaseMarkdown} disabled={busy}>
              As Markdown
            </button>
          </div>
        </section>
        <section className="document-card" aria-labelledby="doc-worksheet">
          <h2 id="doc-worksheet">Worksheet</h2>
          <p className="hint">The statements to assess with tick boxes and space to write.</p>
          {mapping.kind === 'career-map' ? (
            <label className="inline-field">
              Level
              <select value={worksheetLevel ?? ''} onChange={(event) => setWorksheetLevel(event.target.value)}>
                {levels.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.id}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="checkbox">
            <input type="checkbox" checked={filled} onChange={(event) => setFilled(event.target.checked)} />
            Filled in from {name}’s ratings (untick for a blank one)
          </label>
          <WorksheetLayoutChoice id="worksheet-layout" value={layout} onChange={setLayout} />
          <button type="button" onClick={exportWorksheet} disabled={busy}>
            Export worksheet
          </button>
        </section>
      </div>
    </div>
  );
}
