/**
 * One person's workspace: rate, see the gaps, plan growth, keep 1:1 notes, follow the history, keep evidence,
 * edit the profile.
 */
import { useEffect, type KeyboardEvent } from 'react';
import { Loading, PartBoundary } from '../../components/part-boundary';
import type { PersonMapping } from '../../../shared/workspace/mapping';
import type { Person } from '../../../shared/workspace/schema';
import { personTabs, routeToHash, type PersonTab } from '../../store/routes';
import { useAppStore } from '../../store/app-store';
import { RateTab } from '../rate';
import { displayName, relationshipLabel } from '../../../shared/workspace/labels';
import { usePerson, usePersonMapping } from '../../store/person-hooks';
import { EvidenceTab } from '../evidence';
import { GapsTab } from '../gaps';
import { CompareTab, DocumentsTab, HistoryTab, MeetingsTab, NextLevelTab, PlanTab, ProfileTab } from './lazy-tabs';
import { MappingSetup } from './mapping-setup';

const tabLabels: Record<PersonTab, string> = {
  rate: 'Rate',
  'next-level': 'Next level',
  compare: 'Compare',
  gaps: 'Gaps',
  plan: 'Plan',
  meetings: '1:1s',
  history: 'History',
  evidence: 'Evidence',
  documents: 'Documents',
  profile: 'Profile',
};

function mappingLine(mapping: PersonMapping): string {
  switch (mapping.kind) {
    case 'career-map': {
      const levels = [
        mapping.currentLevel ? `now ${mapping.currentLevel.id}` : 'current level not set',
        mapping.targetLevel ? `aiming for ${mapping.targetLevel.id}` : 'at the top level',
      ];
      return `${mapping.framework.name} — ${mapping.track.name} · ${levels.join(', ')}`;
    }
    case 'role-card':
      return `Role card: ${mapping.framework.title} (${mapping.framework.level.code})`;
    case 'missing-framework':
      return 'Framework no longer available';
    case 'unmapped':
      return 'Not mapped against a framework yet';
  }
}

export function PersonScreen({ personId, tab, goalId }: { personId: string; tab: PersonTab; goalId?: string | undefined }) {
  const person = usePerson(personId);
  const mapping = usePersonMapping(person);
  const openPersonId = useAppStore((state) => state.openPersonId);
  const openPerson = useAppStore((state) => state.openPerson);
  const problem = useAppStore((state) => state.openPersonProblem);
  const takeFirstScreenRead = useAppStore((state) => state.takeFirstScreenRead);
  const databaseOpen = useAppStore((state) => state.db !== null);
  const target = person?.target;

  // Load the person's data when they are opened, and again when what they are mapped against changes.
  // The people are listed a moment before the database is handed over at start: wait for it, or a
  // reload would stay on "Loading…". The first screen's person was read just before it was drawn.
  useEffect(() => {
    if (person && databaseOpen && !takeFirstScreenRead(person.id)) void openPerson(person.id);
  }, [person?.id, target?.frameworkId, databaseOpen, openPerson]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!person) {
    return (
      <div className="notice">
        <h1 tabIndex={-1}>Not found</h1>
        <p>This person is not in your workspace. Choose someone from the list.</p>
      </div>
    );
  }
  const loaded = openPersonId === person.id;
  return (
    <article className="screen" data-person-id={person.id}>
      <header className="screen-header">
        <p className="eyebrow">{relationshipLabel(person.relationship)}</p>
        <h1 tabIndex={-1}>{displayName(person)}</h1>
        <p className="lede">{mappingLine(mapping)}</p>
        <PersonTabList personId={personId} tab={tab} />
      </header>
      <div role="tabpanel" id="person-tab-panel" aria-labelledby={`person-tab-${tab}`}>
        {!loaded ? (
          problem?.personId === person.id ? (
            <>
              <div role="alert" className="notice notice-error">
                <p>{problem.message}</p>
                {tab === 'profile' ? null : <p>Their profile still opens: there you can map them to another framework or level.</p>}
                <button type="button" onClick={() => void openPerson(person.id)}>
                  Try again
                </button>
              </div>
              {/* The way out when the data of what they are mapped to cannot be read: map them to something else. */}
              {tab === 'profile' ? (
                <PartBoundary what="This tab" resetKey={tab}>
                  <PersonTabContent person={person} mapping={mapping} tab={tab} goalId={goalId} />
                </PartBoundary>
              ) : null}
            </>
          ) : (
            <Loading />
          )
        ) : (
          <PartBoundary what="This tab" resetKey={tab}>
            <PersonTabContent person={person} mapping={mapping} tab={tab} goalId={goalId} />
          </PartBoundary>
        )}
      </div>
    </article>
  );
}

/**
 * The person's views as a tab list: one Tab stop, the arrow keys (and Home, End) move between the tabs
 * and open them. Each tab is still a link, so its address can be opened or bookmarked.
 */
function PersonTabList({ personId, tab }: { personId: string; tab: PersonTab }) {
  const navigate = useAppStore((state) => state.navigate);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = personTabs.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? personTabs[(index + 1) % personTabs.length]
        : event.key === 'ArrowLeft'
          ? personTabs[(index - 1 + personTabs.length) % personTabs.length]
          : event.key === 'Home'
            ? personTabs[0]
            : event.key === 'End'
              ? personTabs.at(-1)
              : undefined;
    if (!next) return;
    event.preventDefault();
    navigate({ view: 'person', personId, tab: next });
    // The tab list stays where it is; focus follows to the tab just opened.
    requestAnimationFrame(() => document.getElementById(`person-tab-${next}`)?.focus());
  }
  return (
    <div role="tablist" aria-label="Person views" className="view-switch" onKeyDown={onKeyDown}>
      {personTabs.map((key) => (
        <a
          key={key}
          id={`person-tab-${key}`}
          role="tab"
          href={routeToHash({ view: 'person', personId, tab: key })}
          aria-selected={tab === key}
          aria-controls="person-tab-panel"
          tabIndex={tab === key ? 0 : -1}
        >
          {tabLabels[key]}
        </a>
      ))}
    </div>
  );
}

function PersonTabContent({
  person,
  mapping,
  tab,
  goalId,
}: {
  person: Person;
  mapping: PersonMapping;
  tab: PersonTab;
  /** On the Plan tab, the goal to open. */
  goalId: string | undefined;
}) {
  if (tab === 'profile') return <ProfileTab key={person.id} person={person} />;
  // 1:1 notes are about the person, not a framework: they work before any mapping and after one is gone.
  if (tab === 'meetings') return <MeetingsTab person={person} />;
  if (mapping.kind === 'unmapped') return <MappingSetup person={person} />;
  if (mapping.kind === 'missing-framework') {
    return (
      <div className="notice notice-caution">
        <p>
          {displayName(person)} is mapped against a framework that is no longer available (<code>{mapping.frameworkId}</code>
          {mapping.trackId ? (
            <>
              , track <code>{mapping.trackId}</code>
            </>
          ) : null}
          ). Their ratings, evidence and history are kept. Restore the framework to see them again, or choose another framework in the
          profile.
        </p>
      </div>
    );
  }
  switch (tab) {
    case 'rate':
      return <RateTab person={person} mapping={mapping} />;
    case 'next-level':
      return <NextLevelTab person={person} mapping={mapping} />;
    case 'compare':
      return <CompareTab person={person} mapping={mapping} />;
    case 'gaps':
      return <GapsTab person={person} mapping={mapping} />;
    case 'plan':
      return <PlanTab person={person} mapping={mapping} goalId={goalId} />;
    case 'history':
      return <HistoryTab person={person} mapping={mapping} />;
    case 'evidence':
      return <EvidenceTab mapping={mapping} />;
    case 'documents':
      return <DocumentsTab person={person} mapping={mapping} />;
  }
}
