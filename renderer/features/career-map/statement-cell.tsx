/**
 * The statements of one area at one level, as the career map shows them in a cell: each as the source
 * wrote it with its own examples, then the level's examples in the area (illustrations, never rated);
 * `empty` where there is nothing.
 */
import { useState, type ReactNode } from 'react';
import type { Statement } from '../../../shared/framework/schema';
import { ExamplesList, StatementWithExamples } from './examples-list';

/**
 * A cell shows this many statements until asked for the rest. A framework with thousands of
 * statements at one level would otherwise lay out every one of them at once and freeze the window;
 * the real frameworks hold a few per cell, so they show whole.
 */
export const statementsShownAtFirst = 20;

interface Props {
  statements: readonly Statement[];
  /** The level's examples in this area. */
  examples?: readonly string[] | undefined;
  empty: ReactNode;
}

export function StatementCell({ statements, examples, empty }: Props) {
  const [showAll, setShowAll] = useState(false);
  if (statements.length === 0 && (examples?.length ?? 0) === 0) return empty;
  const hidden = showAll ? 0 : Math.max(0, statements.length - statementsShownAtFirst);
  return (
    <>
      {(hidden > 0 ? statements.slice(0, statementsShownAtFirst) : statements).map((statement) => (
        <StatementWithExamples key={statement.id} statement={statement} />
      ))}
      {hidden > 0 ? (
        <button type="button" className="link-button show-all-statements" onClick={() => setShowAll(true)}>
          Show {hidden} more {hidden === 1 ? 'statement' : 'statements'}
        </button>
      ) : null}
      <ExamplesList examples={examples} />
    </>
  );
}
