/**
 * One statement as the source wrote it, with its skill name in front where the source names one.
 */
import type { Statement } from '../../../shared/framework/schema';

export function StatementText({ statement }: { statement: Statement }) {
  return (
    <>
      {statement.skillName ? <strong className="skill-name">{statement.skillName}: </strong> : null}
      {statement.text}
    </>
  );
}
