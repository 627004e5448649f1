/**
 * What the preview of an assessment file says once its ratings were matched to this workspace's
 * version by their words, rendered to text: singular and plural, and a copy under the same label.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { VersionMatch } from '../../../../../shared/exchange/exchange-version';
import { VersionMatched } from '../../../../../renderer/features/exchange/version-matched';

type Matched = Extract<VersionMatch, { kind: 'matched' }>;
const said = (match: Partial<Matched>) =>
  renderToStaticMarkup(
    createElement(VersionMatched, {
      match: { kind: 'matched', fileVersion: '1', version: '1 (revision 2)', moved: 0, reworded: 0, removed: 0, tagsNotShown: 0, ...match },
    }),
  ).replace(/<[^>]+>/g, '');

describe('the preview of a file matched by its words', () => {
  it('counts one of each in the singular', () => {
    expect(said({ moved: 1, reworded: 1, removed: 1, tagsNotShown: 1 })).toBe(
      'It was made with version 1 of the framework; this workspace has version 1 (revision 2). Its ratings and evidence are matched to the statements of version 1 (revision 2) by their words: 1 rating follows its statement to where version 1 (revision 2) has it; 1 rating on a reworded statement is marked for a re-check; 1 rating on a statement that version 1 (revision 2) does not have is kept, but not shown (if the file’s version added it, cancel, import that version of the framework, then take this file in); 1 evidence tag of a statement that version 1 (revision 2) does not have is kept, but not shown.',
    );
  });

  it('counts several in the plural, and names a copy under the same label as this workspace’s', () => {
    expect(said({ version: '1', sameLabel: true, moved: 1_200, removed: 2, tagsNotShown: 3 })).toBe(
      'It was made with another copy of version 1 of the framework, whose statements are not all worded or placed as in this workspace’s. Its ratings and evidence are matched to the statements of this workspace’s copy by their words: 1,200 ratings follow their statements to where this workspace’s copy has them; 2 ratings on statements that this workspace’s copy does not have are kept, but not shown (if the file’s version added them, cancel, import that version of the framework, then take this file in); 3 evidence tags of statements that this workspace’s copy does not have are kept, but not shown.',
    );
  });

  it('says only which versions, where nothing moved', () => {
    expect(said({ version: '2' })).toBe(
      'It was made with version 1 of the framework; this workspace has version 2. Its ratings and evidence are matched to the statements of version 2 by their words.',
    );
  });
});
