/**
 * The statements of one area at one level, as the career map shows them in a cell: each as the source
 * wrote it with its own examples, then the level's examples in the area (illustrations, never rated);
 * `empty` where there is nothing.
 */
import type { ReactNode } from 'react';
import type { Statement } from '../../../shared/framework/schema';
import { ExamplesList, StatementWithExamples } from './examples-list';

interface Props {
  statements: readonly Statement[];
  /** The level's examples in this area. */
  examples?: readonly string[] | undefined;
  empty: ReactNode;
}

export function StatementCell({ statements, examples, empty }: Props) {
  if (statements.length === 0 && (examples?.length ?? 0) === 0) return empty;
  return (
    <>
      {statements.map((statement) => (
        <StatementWithExamples key={statement.id} statement={statement} />
      ))}
      <ExamplesList examples={examples} />
    </>
  );
}
