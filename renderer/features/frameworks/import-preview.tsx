/**
 * What an import would store, before anything is: the version it makes, which column fills which
 * field, and for every level its first statements as the file words them, so a wrong column or a
 * wrong encoding shows at a glance rather than after the import.
 */
import { levelName, levelsInOrder } from '../../../shared/framework/career-map';
import type { Level } from '../../../shared/framework/schema';
import { countWords } from '../../../shared/text/count-words';
import { FrameworkSummary } from './framework-summary';
import type { PreviewResult, VersionComparison } from './import-worker';

type Props = { fileName: string; result: Extract<PreviewResult, { ok: true }>; comparison: VersionComparison | undefined };

export function ImportPreview({ fileName, result, comparison }: Props) {
  const { preview, notices, columns } = result;
  const { framework, statementCounts } = preview;
  return (
    <div className="import-preview">
      <p>
        From <code>{fileName}</code>: <strong>{framework.name}</strong>, version {framework.version} (id <code>{framework.id}</code>).
      </p>
      {comparison?.identical ? (
        <p className="notice">
          This holds exactly what {comparison.previous.name} (version {comparison.previous.version}) already holds
          {comparison.previous.version !== framework.version ? `, apart from its version label (${framework.version})` : ''}: there is
          nothing to import.
        </p>
      ) : comparison ? (
        <p className="notice notice-caution">
          A new version of {comparison.previous.name} (now version {comparison.previous.version}):{' '}
          {countWords(comparison.counts.unchanged, 'statement')} unchanged,{' '}
          {comparison.counts.moved > 0 ? `${comparison.counts.moved} moved to another level or category, ` : ''}
          {comparison.counts.reworded} reworded, {comparison.counts.removed} removed, {comparison.counts.added} added. Ratings, evidence and
          goals stay with each statement kept, wherever statements were added or removed around it, and go to the statement that rewords
          theirs, where ratings are marked “wording changed — re-check”. What was on a removed statement is kept in the workspace and its
          backups, but no longer shown. Snapshots keep the version they were taken with.
        </p>
      ) : (
        <p>A new framework: it will sit beside the bundled ones.</p>
      )}
      {notices.length > 0 ? (
        <ul className="notes">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {columns && columns.length > 0 ? (
        <details className="import-columns" open>
          <summary>Which column fills which field</summary>
          <table className="plain-table">
            <tbody>
              {columns.map((use) => (
                <tr key={use.field}>
                  <th scope="row">{use.field}</th>
                  <td>{use.column}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {framework.kind === 'career-map' ? (
        framework.tracks.map((track, trackIndex) => {
          const counts = statementCounts[trackIndex] ?? [];
          const countOf = (level: Level) => counts[track.levels.indexOf(level)] ?? 0;
          return (
            <section key={track.id} className="import-track" aria-label={`${track.name}: first statements of each level`}>
              <h3>
                {track.name}: {countWords(track.levels.length, 'level')}, {countWords(track.areas.length, 'area')},{' '}
                {countWords(
                  counts.reduce((sum, count) => sum + count, 0),
                  'statement',
                )}
                {track.levels.some((level) => level.examples?.length)
                  ? `, ${countWords(
                      track.levels.reduce((sum, level) => sum + (level.examples?.length ?? 0), 0),
                      'example',
                    )}`
                  : ''}
              </h3>
              <dl className="import-levels">
                {levelsInOrder(track).map((level) => (
                  <div key={level.id}>
                    <dt>
                      {levelName(level)}
                      {level.kind ? (
                        <span className="hint"> · {level.kind === 'management' ? 'management' : 'individual contributor'}</span>
                      ) : null}
                    </dt>
                    {level.statements.map((statement) => (
                      <dd key={statement.id}>
                        {statement.skillName ? <strong>{statement.skillName}: </strong> : null}
                        {statement.text}
                      </dd>
                    ))}
                    {countOf(level) > level.statements.length ? (
                      <dd className="hint">…and {countOf(level) - level.statements.length} more</dd>
                    ) : null}
                  </div>
                ))}
              </dl>
            </section>
          );
        })
      ) : (
        <FrameworkSummary framework={framework} />
      )}
    </div>
  );
}
