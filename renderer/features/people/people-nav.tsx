/**
 * The people in this workspace, in the sidebar: me first, then reports and clients by name, as the
 * store holds them (listPeople sorts them once, as they are read).
 */
import { useState } from 'react';
import { routeToHash } from '../../store/routes';
import { useAppStore } from '../../store/app-store';
import { AddPersonDialog } from './add-person-dialog';
import { displayName, relationshipLabel } from '../../../shared/workspace/labels';

export function PeopleNav() {
  const people = useAppStore((state) => state.people);
  const route = useAppStore((state) => state.route);
  const status = useAppStore((state) => state.workspaceStatus);
  const [adding, setAdding] = useState(false);
  const current = route.view === 'person' ? route.personId : null;

  if (status !== 'ready') return null;
  return (
    <>
      <ul className="framework-list">
        <li>
          <span className="framework-list-heading">People</span>
          <ul className="people-list">
            {people.map((person) => (
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
