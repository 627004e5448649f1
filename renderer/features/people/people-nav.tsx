/**
 * The people in this workspace, in the sidebar: me first, then reports and clients by name, as the
 * store holds them (listPeople sorts them once, as they are read). A manager's or coach's long list
 * gets a box to find someone by a part of their name (shared/text/find-text.ts), and scrolls within
 * itself, so what comes after it (Add a person, Team overview, Backups, the frameworks) stays in reach.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { routeToHash } from '../../store/routes';
import { useAppStore } from '../../store/app-store';
import { AddPersonDialog } from './add-person-dialog';
import { displayName, relationshipLabel } from '../../../shared/workspace/labels';
import { textFinder } from '../../../shared/text/find-text';

/** From how many people the list is long: it gets the box to find someone, and its own scrolling. */
const longPeopleList = 8;

export function PeopleNav() {
  const people = useAppStore((state) => state.people);
  const route = useAppStore((state) => state.route);
  const status = useAppStore((state) => state.workspaceStatus);
  const navigate = useAppStore((state) => state.navigate);
  const [adding, setAdding] = useState(false);
  const [typed, setTyped] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const current = route.view === 'person' ? route.personId : null;
  const long = people.length >= longPeopleList;
  // A list grown short again (people removed) has no box: nobody may stay hidden by what was typed in it.
  const query = long ? typed : '';
  const shown = useMemo(() => {
    const finds = textFinder(query);
    return people.filter((person) => finds(displayName(person)));
  }, [people, query]);
  const finding = query.trim() !== '';

  // The person opened from elsewhere (the team overview, say) is brought into sight in the list: once
  // now, and once more at the next frame, when the names around them are drawn at their real size.
  useEffect(() => {
    const box = list.current;
    if (!box || current === null) return;
    const bringIntoSight = () => {
      const link = box.querySelector<HTMLElement>('a[aria-current="page"]');
      if (!link || box.scrollHeight <= box.clientHeight) return;
      const top = link.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      const bottom = top + link.offsetHeight;
      // Out of sight (or partly), it comes to the middle, with the names around it.
      if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight)
        box.scrollTop = top - (box.clientHeight - link.offsetHeight) / 2;
    };
    bringIntoSight();
    const frame = requestAnimationFrame(bringIntoSight);
    return () => cancelAnimationFrame(frame);
  }, [current, long]);

  function onFinderKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && typed !== '') {
      // Clears what was typed; with nothing typed, Escape goes on (it folds a narrow window's sidebar).
      event.preventDefault();
      event.stopPropagation();
      setTyped('');
    } else if (event.key === 'Enter' && finding && shown[0]) {
      event.preventDefault();
      navigate({ view: 'person', personId: shown[0].id, tab: 'rate' });
    } else if (event.key === 'ArrowDown' && shown[0]) {
      event.preventDefault();
      list.current?.querySelector<HTMLElement>('a')?.focus();
    }
  }

  if (status !== 'ready') return null;
  return (
    <>
      <ul className="framework-list">
        <li>
          <span className="framework-list-heading">People</span>
          {long ? (
            <div className="people-finder">
              <input
                type="search"
                aria-label="Find a person"
                placeholder="Find a person"
                aria-describedby="people-found"
                aria-controls="people-list"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                onKeyDown={onFinderKeyDown}
              />
              <p id="people-found" className="people-found" role="status">
                {finding ? foundLine(shown.length, people.length, query.trim()) : ''}
              </p>
            </div>
          ) : null}
          <ul id="people-list" ref={list} className={long ? 'people-list people-list-long' : 'people-list'}>
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
      {adding ? (
        <AddPersonDialog
          onClose={() => setAdding(false)}
          // Whoever was just added is shown in the list, whatever was typed to find someone else.
          onAdded={() => setTyped('')}
        />
      ) : null}
    </>
  );
}

function foundLine(found: number, total: number, query: string): string {
  if (found === 0) return `No name matches “${query}”. Escape clears it.`;
  return `${found} of ${total} people. Enter opens ${found === 1 ? 'them' : 'the first'}.`;
}
