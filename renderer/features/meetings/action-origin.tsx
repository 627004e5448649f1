/**
 * What an action in a 1:1 entry says about itself: which 1:1 it was agreed in when that is another
 * one, whether it is private to a private 1:1, and the day it was done.
 */
import { formatDate } from '../../../shared/dates/local-date';
import { agreedDate, type ShownAction } from '../../../shared/workspace/meetings';
import type { Meeting } from '../../../shared/workspace/schema';

interface Props {
  shown: ShownAction;
  meetings: readonly Meeting[];
  /** Whether the entry showing it is private: a private action says so only in a shared entry. */
  inPrivateEntry: boolean;
}

export function ActionOrigin({ shown, meetings, inPrivateEntry }: Props) {
  const { action, holder, carried } = shown;
  const words: string[] = [];
  if (action.agreedOn !== undefined) words.push(`from the 1:1 of ${formatDate(action.agreedOn)} (deleted)`);
  else if (carried) words.push(`from the 1:1 of ${formatDate(agreedDate(shown))}`);
  if (action.carriedFrom !== undefined) {
    // A copy an earlier Waymark made that could not be merged with certainty: it says where it came from.
    const from = meetings.find((meeting) => meeting.id === action.carriedFrom);
    words.push(`copied from ${from ? `the 1:1 of ${formatDate(from.date)}` : 'an earlier 1:1'}`);
  }
  if (holder.private && !inPrivateEntry) words.push('private');
  if (action.done) words.push(action.doneOn ? `done on ${formatDate(action.doneOn)}` : 'done');
  if (words.length === 0) return null;
  const [first = '', ...rest] = words;
  return <span className="carried">{[first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' · ')}</span>;
}
