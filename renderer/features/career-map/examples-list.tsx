/**
 * Examples as the source gives them — of one statement, or of a level in one area — shown beside the
 * statements and marked as illustrations, so nobody mistakes them for something to rate.
 */
import type { Statement } from '../../../shared/framework/schema';
import { StatementText } from './statement-text';
export function ExamplesList({ examples, label = 'Examples' }: { examples: readonly string[] | undefined; label?: string }) {
  if (!examples || examples.length === 0) return null;
  return (
    <div className="examples">
      <span className="examples-label">{label} (not rated)</span>
      <ul>
        {examples.map((example, index) => (
          <li key={index}>{example}</li>
        ))}
      </ul>
    </div>
  );
}

/** A statement as the source words it, with its own examples under it. */
export function StatementWithExamples({ statement }: { statement: Statement }) {
  return (
    <div className="statement-block">
      <p className="statement">
        <StatementText statement={statement} />
      </p>
      <ExamplesList examples={statement.examples} />
    </div>
  );
}
