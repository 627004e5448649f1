/**
 * A track's career map: skill areas down the side, levels across the top, every statement verbatim.
 */
import { memo, useMemo, useRef } from 'react';
import { careerMapMatrix, hasParallelLadders, levelName, previousLevel, type CareerMapRow } from '../../../shared/framework/career-map';
import type { CareerMap, Level, Track } from '../../../shared/framework/schema';
import { countWords } from '../../../shared/text/count-words';
import { usePageStickyHead } from '../../components/use-page-sticky-head';
import { levelChangesRoute, routeToHash } from '../../store/routes';
import { AboutFramework, FrameworkActions } from '../frameworks';
import { LevelKindBadge } from './level-kind-badge';
import { StatementCell, statementsShownAtFirst } from './statement-cell';
import { TrackHeader } from './track-header';
import { useRowsInBatches } from '../../components/use-rows-in-batches';

const numbered = /^L(\d+)$/;

/** "L8 is not in the source" when the ladder jumps from L7 to L9: said once, where the jump is. */
function missingBefore(level: Level, previous: Level | undefined): string | null {
  if (!previous) return null;
  const here = numbered.exec(level.id);
  const before = numbered.exec(previous.id);
  if (!here || !before) return null;
  const gap = Number(here[1]) - Number(before[1]);
  if (gap === 2) return `No L${Number(before[1]) + 1} in the source`;
  if (gap > 2) return `No L${Number(before[1]) + 1}–L${Number(here[1]) - 1} in the source`;
  return null;
}

/** What a row costs to build: the statements its cells show at first, and their examples. */
function rowWeight(row: CareerMapRow): number {
  return row.cells.reduce(
    (sum, statements, index) => sum + Math.min(statements.length, statementsShownAtFirst) + (row.examples[index]?.length ?? 0) + 1,
    0,
  );
}

export function CareerMapScreen({ map, track }: { map: CareerMap; track: Track }) {
  const matrix = useMemo(() => careerMapMatrix(track), [track]);
  const weights = useMemo(() => matrix.rows.map(rowWeight), [matrix]);
  const rows = useRowsInBatches(weights);
  const statementCount = track.levels.reduce((sum, level) => sum + level.statements.length, 0);
  const parallel = hasParallelLadders(track);
  const tableRef = useRef<HTMLTableElement>(null);
  usePageStickyHead(tableRef);
  return (
    <article className="screen">
      <TrackHeader map={map} track={track} screen="career-map" title={`${track.name} career map`} />
      <p className="lede">
        {countWords(matrix.levels.length, 'level')}, {countWords(track.areas.length, 'area')}, {countWords(statementCount, 'statement')}.
        {track.description ? ` ${track.description}` : ''}
        {parallel ? ' Individual-contributor and management rungs of the same rank stand side by side.' : ''}
      </p>
      <div className="matrix-scroll" role="region" aria-label={`${track.name} career map, scrolls sideways`} tabIndex={0}>
        <table className="matrix" ref={tableRef}>
          <caption className="visually-hidden">{track.name}: skill areas by level. Management levels are marked.</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                Area
              </th>
              {matrix.levels.map((level, index) => {
                const previous = previousLevel(track, level.id);
                const missing = missingBefore(level, matrix.levels[index - 1]);
                return (
                  <th key={level.id} scope="col" className={`level-head level-${level.kind ?? 'unknown'}`}>
                    <span className="level-id">{levelName(level)}</span>
                    <LevelKindBadge kind={level.kind} />
                    {missing ? <span className="level-missing">{missing}</span> : null}
                    {previous ? (
                      <a
                        className="level-link"
                        href={routeToHash(levelChangesRoute({ frameworkId: map.id, trackId: track.id }, previous.id, level.id))}
                        aria-label={`What changes from ${previous.id} to ${level.id}`}
                      >
                        What changes
                      </a>
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.slice(0, rows.shown).map((row, index) => (
              <MapRow key={row.area.id} row={row} levels={matrix.levels} drawn={index < rows.drawn} />
            ))}
          </tbody>
        </table>
      </div>
      <FrameworkActions framework={map} />
      <AboutFramework framework={map} extraNotes={track.notes} />
    </article>
  );
}

/**
 * One area's row; `drawn` once a painted frame has laid it out, from when its cells may skip their
 * layout off screen (career-map.css). Memoised: the map adds its rows in batches, and each batch would
 * otherwise render and diff every row already drawn again, work (and garbage) that grows with the rows
 * shown; the cells apart, so marking a row drawn renders only the row.
 */
const MapRow = memo(function MapRow({ row, levels, drawn }: { row: CareerMapRow; levels: readonly Level[]; drawn: boolean }) {
  return (
    <tr className={drawn ? 'drawn' : undefined}>
      <MapCells row={row} levels={levels} />
    </tr>
  );
});

const MapCells = memo(function MapCells({ row, levels }: { row: CareerMapRow; levels: readonly Level[] }) {
  return (
    <>
      <th scope="row" className="area-head" title={row.area.description}>
        {row.area.name}
      </th>
      {row.cells.map((statements, index) => {
        const level = levels[index];
        return (
          <td key={level?.id ?? index} className={`level-${level?.kind ?? 'unknown'}`}>
            <div className="matrix-cell">
              <StatementCell
                statements={statements}
                examples={row.examples[index]}
                empty={
                  <span className="empty-cell" aria-label="Nothing at this level">
                    —
                  </span>
                }
              />
            </div>
          </td>
        );
      })}
    </>
  );
});
