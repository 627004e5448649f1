/**
 * The gap, in full: by area as a radar, along the ladder, and as the list of what is left to do.
 */
import { gapList } from '../../../shared/gap/area-gap';
import { findLevel } from '../../../shared/framework/career-map';
import { roleCardAreas, roleCardItems } from '../../../shared/gap/role-card-gap';
import type { PersonMapping } from '../../../shared/workspace/mapping';
import type { Person } from '../../../shared/workspace/schema';
import { LadderChartLazy, AreaChartLazy } from '../../charts/lazy-charts';
import { useRatingValues } from '../people/person-hooks';
import { GapHeadline } from './gap-headline';
import { useGapFigures } from './use-gap-figures';

type MappedTo = Extract<PersonMapping, { kind: 'career-map' | 'role-card' }>;

const standingLabels = { partly: 'Partly', 'not-yet': 'Not yet', unrated: 'Not rated' } as const;

function useGapList(person: Person, mapping: MappedTo) {
  const ratings = useRatingValues();
  if (mapping.kind === 'role-card') {
    return gapList(roleCardAreas(mapping.framework), roleCardItems(mapping.framework), ratings, person.expectedProficiency);
  }
  const level = mapping.targetLevel ? findLevel(mapping.track, mapping.targetLevel.id) : undefined;
  if (!level) return [];
  const items = level.statements.map((statement) => ({
    ...statement,
    text: statement.skillName ? `${statement.skillName}: ${statement.text}` : statement.text,
  }));
  return gapList(mapping.track.areas, items, ratings);
}

export function GapsTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const figures = useGapFigures(person, mapping);
  const list = useGapList(person, mapping);
  return (
    <div className="gaps">
      <GapHeadline figures={figures} />
      <div className="chart-row">
        <AreaChartLazy
          title={`Met by area: ${figures.radar.series.map((entry) => entry.label).join(' and ')}`}
          points={figures.radar.points}
          series={figures.radar.series}
        />
        {figures.ladder.length > 0 ? <LadderChartLazy title="Met at each level" bars={figures.ladder} /> : null}
      </div>
      <section aria-labelledby="gap-list-title">
        <h2 id="gap-list-title">
          What stands between {person.name.trim() || 'you'} and {figures.targetLabel}
        </h2>
        {list.length === 0 ? (
          <p className="notice">Nothing: every applicable statement of {figures.targetLabel} is met consistently.</p>
        ) : (
          list.map((entry) => (
            <section key={entry.area.id} className="gap-area" aria-labelledby={`gap-${entry.area.id}`}>
              <h3 id={`gap-${entry.area.id}`}>
                {entry.area.name} <span className="count">{entry.missing} to go</span>
              </h3>
              <ul>
                {entry.entries.map(({ item, standing }) => (
                  <li key={item.id}>
                    <span className={`standing standing-${standing}`}>{standingLabels[standing]}</span> {item.text}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </div>
  );
}
