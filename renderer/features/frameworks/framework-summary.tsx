/**
 * A framework at a glance: its tracks, their levels and how many statements each holds (or a role
 * card's components by type).
 */
import { levelsInOrder } from '../../../shared/framework/career-map';
import { roleCardAreas } from '../../../shared/gap/role-card-gap';
import type { Framework } from '../../../shared/framework/schema';
import { countWords } from '../../../shared/text/count-words';

export function FrameworkSummary({ framework }: { framework: Framework }) {
  if (framework.kind === 'role-card') {
    return (
      <table className="plain-table">
        <caption>
          Role card {framework.code} — {framework.level.code} {framework.level.name}
        </caption>
        <tbody>
          {roleCardAreas(framework).map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.name}</th>
              <td>{framework.components.filter((component) => component.type === area.id).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <>
      {framework.tracks.map((track) => (
        <table key={track.id} className="plain-table summary-table">
          <caption>
            {track.name}: {countWords(track.levels.length, 'level')}, {countWords(track.areas.length, 'area')},{' '}
            {countWords(
              track.levels.reduce((sum, level) => sum + level.statements.length, 0),
              'statement',
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Statements</th>
            </tr>
          </thead>
          <tbody>
            {levelsInOrder(track).map((level) => (
              <tr key={level.id}>
                <th scope="row">
                  {level.id}
                  {level.label ? ` · ${level.label}` : ''}
                </th>
                <td>{level.statements.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
