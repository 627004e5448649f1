/**
 * The people in this workspace, in the sidebar: me first, then reports and clients by name, as the
 * store holds them (listPeople sorts them once, as they are read). A manager's or coach's long list
 * gets a box to find someone by a part of their name (people-finder.tsx), ↑ and ↓ between the names,
 * and scrolls within itself, the person open kept in sight (use-current-in-sight.ts), so what comes
 * after it (Add a person, Team overview, Backups, the frameworks) stays in reach.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFoundByName } from '../../components/use-found-by-name';
import { routeToHash } from '../../store/routes';
import { useAppStore } from '../../store/app-store';
import { AddPersonDialog } from './add-person-dialog';
import { PeopleFinder } from './people-finder';
import { useCurrentInSight } from './use-current-in-sight';
import { displayName, relationshipLabel } from '../../../shared/workspace/labels';

/** From how many people the list is long: it gets the box to find someone, and its own scrolling. */
const longPeopleList = 8;
const listId = 'people-list';

export function PeopleNav() {
  const people = useAppStore((state) => state.people);
  const route = useAppStore((state) => state.route);
  const status = useAppStore((state) => state.workspaceStatus);
  const navigate = useAppStore((state) => state.navigate);
  const [adding, setAdding] = useState(false);
  const [typed, setTyped] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const finder = useRef<HTMLInputElement>(null);
  const current = route.view === 'person' ? route.personId : null;
  const long = people.length >= longPeopleList;
  // Someone added or removed (or a backup restored): what was typed goes, and the list is shown whole.
  // A person just added is in it, one removed is not left named in the box, and a list grown short
  // has no box to hide anyone (React's way to reset state as it renders).
  const [countTypedFor, setCountTypedFor] = useState(people.length);
  if (countTypedFor !== people.length) {
    setCountTypedFor(people.length);
    setTyped('');
  }
  const { finding, found: shown } = useFoundByName(people, displayName, typed);
  // While something is typed the names found are shown from the first, the one Enter opens; with
  // nothing typed, the person open is kept in sight.
  useCurrentInSight(list, finding ? null : `${status} ${current} ${long}`);
  useEffect(() => {
    if (finding && list.current) list.current.scrollTop = 0;
  }, [finding, typed]);

  function openPerson(personId: string) {
    navigate({ view: 'person', personId, tab: 'rate' });
  }

  /** ↑ and ↓ between the names, ↑ from the first back to the box. */
  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (!long || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];
    const at = links.findIndex((link) => link === event.target);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : at === 0 ? finder.current : links[at - 1];
    next?.focus();
  }

  if (status !== 'ready') return null;
  return (
    <>
      <ul className="framework-list">
        <li>
          <span className="framework-list-heading">People</span>
          {long ? (
            <PeopleFinder
              ref={finder}
              listId={listId}
              value={typed}
              onChange={setTyped}
              found={finding ? { count: shown.length, of: people.length } : null}
              onOpenFirst={() => shown[0] && openPerson(shown[0].id)}
              onIntoList={() => list.current?.querySelector<HTMLElement>('a[href]')?.focus()}
            />
          ) : null}
          <ul id={listId} ref={list} className={long ? 'people-list people-list-long' : 'people-list'} onKeyDown={onListKeyDown}>
            {shown.map((person) => (
              <li key={person.id}>
                <a
                  href={routeToHash({ view: 'person', personId: person.id, tab: 'rate' })}
                  aria-current={current === person.id ? 'page' : undefined}
                >
                  {displayName(person)}
                  <span className="nav-meta">{relationshipLabel(person.relationship)}</span>
                </a>
              </li>
            ))}
          </ul>
        </li>
      </ul>
      <button type="button" className="button-secondary add-person" onClick={() => setAdding(true)}>
        Add a person
      </button>
      <a className="backups-link" href={routeToHash({ view: 'team' })} aria-current={route.view === 'team' ? 'page' : undefined}>
        Team overview
      </a>
      <a className="backups-link" href={routeToHash({ view: 'backups' })} aria-current={route.view === 'backups' ? 'page' : undefined}>
        Backups
      </a>
      {adding ? <AddPersonDialog onClose={() => setAdding(false)} /> : null}
    </>
  );
}
