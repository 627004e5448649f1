/**
 * A reworded statement, word by word: the words the higher level adds marked, the words it no longer
 * says struck through, each announced to screen readers as added or removed (<ins> and <del> are not).
 * Condensed, long unchanged stretches become "…", so only what changed is left to read.
 */
import { condensedChanges, wordChanges } from '../../shared/framework/statement-diff';

interface Props {
  before: string;
  after: string;
  condensed?: boolean;
}

export function WordDiff({ before, after, condensed = false }: Props) {
  const changes = wordChanges(before, after);
  const shown = condensed ? condensedChanges(changes) : changes;
  return shown.map((change, index) => {
    switch (change.kind) {
      case 'added':
        return (
          <ins key={index} className="word-added">
            <span className="visually-hidden">added: </span>
            {change.text}
          </ins>
        );
      case 'removed':
        return (
          <del key={index} className="word-removed">
            <span className="visually-hidden">removed: </span>
            {change.text}
          </del>
        );
      case 'elided':
        return (
          <span key={index} className="word-elided" title={`${change.words} unchanged words left out`}>
            …<span className="visually-hidden"> ({change.words} unchanged words left out) </span>
          </span>
        );
      default:
        return <span key={index}>{change.text}</span>;
    }
  });
}
