/**
 * What the preview of an assessment file says when its ratings were matched to this workspace's
 * version of the framework by their words (shared/exchange/exchange-version.ts): which versions, and
 * how many ratings followed their statements, are to be re-checked, or are kept but not shown.
 */
import type { VersionMatch } from '../../../shared/exchange/exchange-version';
import { countWords } from '../../../shared/text/count-words';

export function VersionMatched({ match }: { match: Extract<VersionMatch, { kind: 'matched' }> }) {
  // A copy of the same label that differs is named as this workspace's, not by the label both share.
  const here = match.sameLabel ? 'this workspace’s copy' : `version ${match.version}`;
  const parts = [
    match.moved > 0
      ? `${countWords(match.moved, 'rating')} ${match.moved === 1 ? 'follows its statement' : 'follow their statements'} to where ${here} has ${match.moved === 1 ? 'it' : 'them'}`
      : '',
    match.reworded > 0
      ? `${countWords(match.reworded, 'rating')} on ${match.reworded === 1 ? 'a reworded statement is' : 'reworded statements are'} marked for a re-check`
      : '',
    match.removed > 0
      ? `${countWords(match.removed, 'rating')} on ${match.removed === 1 ? 'a statement' : 'statements'} that ${here} does not have ${match.removed === 1 ? 'is' : 'are'} kept, but not shown (if the file’s version added ${match.removed === 1 ? 'it' : 'them'}, cancel, import that version of the framework, then take this file in)`
      : '',
    match.tagsNotShown > 0
      ? `${countWords(match.tagsNotShown, 'evidence tag')} of ${match.tagsNotShown === 1 ? 'a statement' : 'statements'} that ${here} does not have ${match.tagsNotShown === 1 ? 'is' : 'are'} kept, but not shown`
      : '',
  ].filter(Boolean);
  return (
    <p className="notice notice-caution">
      {match.sameLabel
        ? `It was made with another copy of version ${match.fileVersion} of the framework, whose statements are not all worded or placed as in this workspace’s.`
        : `It was made with version ${match.fileVersion} of the framework; this workspace has version ${match.version}.`}{' '}
      Its ratings and evidence are matched to the statements of {here} by their words{parts.length > 0 ? `: ${parts.join('; ')}` : ''}.
    </p>
  );
}
