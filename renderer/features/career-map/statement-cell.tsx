/**
 * The statements of one area at one level, as the career map shows them in a cell: each as the source
 * wrote it; `empty` where there are none.
 */
import type { ReactNode } from 'react';
import type { Statement } from '../../../shared/framework/schema';
import { StatementText } from './statement-text';

interface Props {
  statements: readonly Statement[];
  empty: ReactNode;
}

export function StatementCell({ statements, empty }: Props) {
  if (statements.length === 0) return empty;
  return statements.map((statement) => (
    <p key={statement.id} className="statement">
      <StatementText statement={statement} />
    </p>
  ));
}
