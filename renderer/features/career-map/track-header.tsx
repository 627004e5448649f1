/**
 * The heading shared by a track's screens, with the switch between the map and the level changes.
 */
import type { ReactNode } from 'react';
import { levelChangesRoute, routeToHash } from '../../store/routes';
import { levelsInOrder, nextLevel } from '../../../shared/framework/career-map';
import type { CareerMap, Track } from '../../../shared/framework/schema';

export type TrackScreen = 'career-map' | 'level-changes';

export function TrackHeader({ map, track, screen, title }: { map: CareerMap; track: Track; screen: TrackScreen; title: ReactNode }) {
  const ordered = levelsInOrder(track);
  const first = ordered[0];
  const second = first ? nextLevel(track, first.id) : undefined;
  const changesRoute =
    first && second ? routeToHash(levelChangesRoute({ frameworkId: map.id, trackId: track.id }, first.id, second.id)) : null;
  return (
    <header className="screen-header">
      <p className="eyebrow">{map.name}</p>
      <h1 tabIndex={-1}>{title}</h1>
      <nav aria-label="Track views" className="view-switch">
        <a
          href={routeToHash({ view: 'career-map', frameworkId: map.id, trackId: track.id })}
          aria-current={screen === 'career-map' ? 'page' : undefined}
        >
          Career map
        </a>
        {changesRoute ? (
          <a href={changesRoute} aria-current={screen === 'level-changes' ? 'page' : undefined}>
            Level changes
          </a>
        ) : null}
      </nav>
    </header>
  );
}
