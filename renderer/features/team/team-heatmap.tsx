/**
 * People × skill areas: the share of each area met at the level measured, shaded and written out,
 * with a last row counting who meets each area and marking where the team is thin.
 */
import { areaPercentText, type AreaPercent } from '../../../shared/gap/percent';
import type { Heatmap } from '../../../shared/team/team-overview';

/** 0–4: how strongly a cell is shaded (none, under 25 %, under 50 %, under 80 %, met). */
function band(percent: AreaPercent): number {
  if (typeof percent !== 'number') return 0;
  if (percent >= 80) return 4;
  if (percent >= 50) return 3;
  return percent >= 25 ? 2 : 1;
}

interface TeamHeatmapProps {
  heatmap: Heatmap;
  levelLabel: string;
  /** How many people's rows to draw; all when undefined. */
  limit?: number | undefined;
  /** Only these people's rows (those found by name); everyone's when undefined. The totals count everyone. */
  only?: ReadonlySet<string> | undefined;
}

export function TeamHeatmap({ heatmap, levelLabel, limit, only }: TeamHeatmapProps) {
  const rows = only ? heatmap.rows.filter((row) => only.has(row.personId)) : heatmap.rows;
  const thin = heatmap.areas.filter((_, index) => heatmap.summary[index]?.thin).map((area) => area.name);
  return (
    <figure className="team-heatmap" data-chart="heatmap">
      <figcaption>
        % of each area met at {levelLabel}, {heatmap.track.name}. An area is met at 80 % or more.
        {thin.length > 0 ? ` Thin (at most one person meets it): ${thin.join(', ')}.` : ' No area is thin.'}
      </figcaption>
      {/* Equal area columns; past about eight areas the table scrolls inside its box rather than squeeze them.
          The box takes focus, so the keyboard can scroll it too: its cells hold nothing else that could. */}
      <div className="team-table-wrap" tabIndex={0} role="region" aria-label={`Heatmap of ${heatmap.track.name}, scrolls sideways`}>
        <table className="heatmap-table" style={{ minWidth: `${14 + 6.5 * heatmap.areas.length}rem` }}>
          <colgroup>
            <col className="heatmap-person" />
            <col className="heatmap-level" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Level</th>
              {heatmap.areas.map((area) => (
                <th key={area.id} scope="col">
                  {area.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((row) => (
              <tr key={row.personId}>
                <th scope="row">{row.name}</th>
                <td>{row.levelId ?? '—'}</td>
                {row.cells.map((cell, index) => (
                  <td key={heatmap.areas[index]?.id ?? index} className={`heat heat-${band(cell)}`}>
                    {areaPercentText(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                People meeting the area
              </th>
              {heatmap.summary.map((area, index) => (
                <td key={heatmap.areas[index]?.id ?? index} className={area.thin ? 'heat-thin' : undefined} data-thin={area.thin}>
                  {area.met}
                  {area.thin ? ' · thin' : ''}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
