/**
 * One statement of a higher level as it relates to the level below: unchanged, reworded (word by word,
 * the lower level's words struck through) or new. The level changes and the "Next level" view both
 * show statements this way.
 */
import type { DeltaStatement } from '../../../shared/framework/career-map';
import { WordDiff } from '../../components/word-diff';
import { StatementText } from './statement-text';

const changeTags = { same: 'Unchanged', reworded: 'Reworded', new: 'New' } as const;

interface Props {
  entry: DeltaStatement;
  /** Leave out long unchanged stretches of a rewording. */
  condensed?: boolean;
}

export function StatementChangeTag({ entry }: { entry: DeltaStatement }) {
  return <span className={`new-tag statement-tag-${entry.change}`}>{changeTags[entry.change]}</span>;
}

export function StatementChangeText({ entry, condensed = false }: Props) {
  const { statement, previous } = entry;
  if (entry.change !== 'reworded' || !previous) return <StatementText statement={statement} />;
  const renamed = previous.skillName !== statement.skillName;
  return (
    <>
      {statement.skillName ? <strong className="skill-name">{statement.skillName}: </strong> : null}
      {renamed && previous.skillName ? <span className="was-named">(was “{previous.skillName}”) </span> : null}
      <WordDiff before={previous.text} after={statement.text} condensed={condensed} />
    </>
  );
}

/** The statement as a paragraph with its tag in front. */
export function StatementChange({ entry, condensed = false }: Props) {
  return (
    <p className={`statement statement-${entry.change}`}>
      <StatementChangeTag entry={entry} /> <StatementChangeText entry={entry} condensed={condensed} />
    </p>
  );
}
