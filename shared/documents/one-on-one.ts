/**
 * The 1:1 preparation: what changed since the previous 1:1, where to focus, what is still open, the
 * agenda, and room for notes. Private notes and individual ratings stay out unless asked for.
 */
import type { RatingLookup } from '../gap/area-gap';
import { percentText } from '../gap/percent';
import { isFinished } from '../workspace/growth-plan';
import { agreedDate, openMeetingActions } from '../workspace/meetings';
import { reviewerLabel } from '../workspace/counted-ratings';
import { displayName, ratingLabel } from '../workspace/labels';
import { itemText, itemTexts, levelItems } from '../workspace/mapping-items';
import { compareRaters } from '../workspace/rater-comparison';
import type { Goal, Meeting, Rating, Snapshot } from '../workspace/schema';
import { targetLabel, targetLevelId } from '../gap/target-gap';
import type { DisagreementLine, NoteBlock, OneOnOneContent, RatingChange } from './document-content';
import { actionLine, areaFigures, frameworkLine, metaFor, measuredTarget, type DocumentContext } from './document-context';

/** How many areas with the biggest gaps the document puts in focus, and how many earlier 1:1s it recalls. */
export const focusAreaCount = 3;
export const recalledMeetingCount = 3;

export interface OneOnOneInput {
  meetings: readonly Meeting[];
  goals: readonly Goal[];
  /** The latest snapshot taken on or before the previous 1:1, with the ratings it froze. */
  snapshotBefore?: { snapshot: Snapshot; ratings: RatingLookup } | undefined;
  includePrivate: boolean;
  includeRatings: boolean;
  /** Every rater's ratings, for the disagreements; leave out to print none. */
  disagreementsFrom?: readonly Rating[] | undefined;
}

/** Statements of the target that self and the manager or coach rate two steps or more apart. */
export function disagreementLines(context: DocumentContext, ratings: readonly Rating[]): DisagreementLine[] {
  const { items } = levelItems(context.mapping, targetLevelId(context.mapping), false);
  return compareRaters(items, ratings)
    .filter((entry) => entry.flagged)
    .map((entry) => ({
      statement: itemText(entry.item),
      self: ratingLabel(entry.self?.value),
      reviewer: ratingLabel(entry.manager?.value),
      agreed: entry.agreed ? ratingLabel(entry.agreed.value) : undefined,
    }));
}

/** Whether a 1:1 document made with these choices holds private notes: then it is marked confidential. */
export function includesPrivateNotes(meetings: readonly Meeting[], includePrivate: boolean): boolean {
  return includePrivate && meetings.some((meeting) => meeting.private);
}

export function oneOnOneContent(context: DocumentContext, input: OneOnOneInput): OneOnOneContent {
  const name = displayName(context.person);
  const texts = itemTexts(context.mapping);
  const { label, gap } = measuredTarget(context);
  const shown = input.meetings.filter((meeting) => input.includePrivate || !meeting.private);
  const newestFirst = [...shown].sort((a, b) => b.date.localeCompare(a.date));
  const upcoming = newestFirst.find((meeting) => meeting.date >= context.today);
  const previous = newestFirst.find((meeting) => meeting.date < context.today);

  const before = input.snapshotBefore;
  const progress = before
    ? `% of ${label} met: ${percentText(before.snapshot.summary.share)} then → ${percentText(gap?.overall.share)} now`
    : null;

  let ratingChanges: RatingChange[] | null = null;
  if (input.includeRatings && before) {
    const ids = new Set([...before.ratings.keys(), ...context.ratings.keys()]);
    ratingChanges = [...ids]
      .filter((itemId) => texts.has(itemId) && before.ratings.get(itemId) !== context.ratings.get(itemId))
      .map((itemId) => ({
        statement: texts.get(itemId) ?? itemId,
        from: ratingLabel(before.ratings.get(itemId)),
        to: ratingLabel(context.ratings.get(itemId)),
      }));
  }

  // Each 1:1 action is kept once, in the entry it was agreed in, so these are the open ones as they stand;
  // those agreed in a private entry only in a document that includes private notes. Goals add theirs.
  const meetingActions = openMeetingActions(input.meetings, input.includePrivate).map((entry) =>
    actionLine(context, entry.action, `1:1 of ${context.formatDate(agreedDate(entry))}`),
  );
  const goalActions = input.goals
    .filter((goal) => !goal.archived && !isFinished(goal))
    .flatMap((goal) => goal.actions.filter((action) => !action.done).map((action) => actionLine(context, action, `Goal: ${goal.title}`)));

  const notes: NoteBlock[] = newestFirst
    .filter((meeting) => meeting !== upcoming)
    .slice(0, recalledMeetingCount)
    .map((meeting) => ({
      date: context.formatDate(meeting.date),
      talkingPoints: meeting.talkingPoints,
      decisions: meeting.decisions,
      private: meeting.private,
    }));

  return {
    kind: 'one-on-one',
    meta: { ...metaFor(context, `1:1 preparation — ${name}`), confidential: includesPrivateNotes(input.meetings, input.includePrivate) },
    person: name,
    framework: frameworkLine(context.mapping),
    since: previous ? context.formatDate(previous.date) : null,
    progress,
    ratingChanges,
    ratingsBasis: context.ratingsBasis,
    disagreements: input.disagreementsFrom
      ? {
          reviewer: reviewerLabel(context.person.relationship),
          at: targetLabel(context.mapping),
          lines: disagreementLines(context, input.disagreementsFrom),
        }
      : null,
    focusAreas: areaFigures(gap)
      .filter((area) => area.missing > 0)
      .sort((a, b) => b.missing - a.missing)
      .slice(0, focusAreaCount),
    openActions: [...meetingActions, ...goalActions],
    agenda: (upcoming?.talkingPoints ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
      .filter(Boolean),
    notes,
    includesPrivate: input.includePrivate,
  };
}
