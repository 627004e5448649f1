/**
 * The statements of one area at one level, as the career map and the level changes show them in a
 * cell: each as the source wrote it, the new ones marked where the screen asks; `empty` where there are none.
 */
import type { ReactNode } from 'react';
import type { Statement } from '../../../shared/framework/schema';
import { StatementText } from './statement-text';

interface Props {
  statements: readonly Statement[];
  empty: ReactNode;
  /** Statements new or worded differently at this level, marked "New". */
  newIds?: ReadonlySet<string>;
}

export function StatementCell({ statements, empty, newIds }: Props) {
  if (statements.length === 0) return empty;
  return statements.map((statement) =>
    newIds?.has(statement.id) ? (
      <p key={statement.id} className="statement statement-new">
        <span className="new-tag">New</span> <StatementText statement={statement} />
      </p>
    ) : (
      <p key={statement.id} className="statement">
        <StatementText statement={statement} />
      </p>
    ),
  );
}
