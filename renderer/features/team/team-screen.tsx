/**
 * The team overview, for managers and coaches: everyone in the workspace (or only the reports, or only
 * the clients) in one sortable table, a heatmap of people × skill areas for one track with the areas
 * where the team is thin, and both as a PDF.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { formatDate, localDate } from '../../../shared/dates/local-date';
import { documentFileName } from '../../../shared/documents/document-meta';
import { teamOverviewContent } from '../../../shared/documents/team-overview';
import { levelsInOrder } from '../../../shared/framework/career-map';
import { basisLabel } from '../../../shared/workspace/counted-ratings';
import { mappedTracks, teamEntry, teamHeatmap, type TeamEntry } from '../../../shared/team/team-overview';
import { wordsToFind } from '../../../shared/text/find-text';
import { RatingBasisChoice } from '../../components/rater-choice';
import { useFoundByName } from '../../components/use-found-by-name';
import { useAppStore } from '../../store/app-store';
import { ExportStatus, PaperChoice, useDocumentExport, usePaperSize } from '../documents';
import { ImportAssessment } from '../exchange';
import { TeamFinder } from './team-finder';
import { TeamHeatmap } from './team-heatmap';
import { TeamTable } from './team-table';
import './team.css';

/**
 * Rows drawn at first: a few hundred people make thousands of cells, too many to draw in one go
 * without the window stalling. The rest are a click away; sorting and the summary take in everyone.
 */
export const firstRows = 25;

const groups = {
  everyone: { label: 'Everyone', keep: () => true },
  reports: { label: 'My reports', keep: (entry: Pick<TeamEntry, 'person'>) => entry.person.relationship === 'report' },
  clients: { label: 'My clients', keep: (entry: Pick<TeamEntry, 'person'>) => entry.person.relationship === 'client' },
} as const;
type Group = keyof typeof groups;

function isGroup(value: string): value is Group {
  return Object.hasOwn(groups, value);
}

const nameOf = (entry: Pick<TeamEntry, 'row'>) => entry.row.name;

export function TeamScreen() {
  // Drawn in a deferred render, which React splits into short slices: a few hundred people's rows never
  // hold the window up in one long task, on the first opening or when a fresh read arrives.
  const latestFacts = useAppStore((state) => state.teamFacts);
  const facts = useDeferredValue(latestFacts, null);
  const measured = useDeferredValue(
    useAppStore((state) => state.teamEntries),
    null,
  );
  const measuredOn = useAppStore((state) => state.teamBasis);
  const measuredDay = useAppStore((state) => state.teamDay);
  const status = useAppStore((state) => state.teamStatus);
  const problem = useAppStore((state) => state.teamProblem);
  const loadTeam = useAppStore((state) => state.loadTeam);
  const db = useAppStore((state) => state.db);
  const frameworks = useAppStore((state) => state.frameworks);
  const peopleCount = useAppStore((state) => state.people.length);
  const basis = useAppStore((state) => state.ratingBasis);
  const setBasis = useAppStore((state) => state.setRatingBasis);
  const [group, setGroup] = useState<Group>('everyone');
  const [chosenTrack, setChosenTrack] = useState<string | null>(null);
  const [level, setLevel] = useState<string>('target');
  /** The list every row was asked for (the group and what was found in it): another list shows its first rows again. */
  const [showAllOf, setShowAllOf] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [paper, setPaper] = usePaperSize();
  const { state: exportState, run, cancel } = useDocumentExport();
  const today = localDate();

  // Read afresh each time the screen opens (ratings, 1:1s and actions change on the people's own
  // screens), and once the workspace is open when the app starts on this screen.
  useEffect(() => {
    if (db) void loadTeam();
  }, [db, loadTeam]);

  // Measured as they were read; measured again only when someone asks for another basis or a day has passed.
  const entries = useMemo(
    () =>
      measured && measuredOn === basis && measuredDay === today
        ? measured
        : (facts ?? []).map((entry) => teamEntry(entry, frameworks, today, basis)),
    [measured, measuredOn, measuredDay, facts, frameworks, today, basis],
  );
  const members = useMemo(() => entries.filter(groups[group].keep), [entries, group]);
  const rows = useMemo(() => members.map((entry) => entry.row), [members]);
  // A group longer than the rows drawn at first gets the box to find someone in it. The rows found are
  // drawn as the group's are, the first 25 and the rest a click away: one letter typed finds most of a
  // large team, and a heatmap row holds a cell per skill area (150 × 129 people found by "a" took a
  // 0.3 s task). Found in a deferred render, so the box keeps up with the keys.
  const findable = members.length > firstRows;
  // A group too short for the box leaves nothing typed to come back with the box later, unseen till then
  // (React's way to reset state as it renders).
  if (!findable && typed !== '') setTyped('');
  const findingFor = useDeferredValue(findable ? typed : '');
  const { finding, found } = useFoundByName(members, nameOf, findingFor);
  const shownRows = useMemo(() => (finding ? found.map((entry) => entry.row) : rows), [finding, found, rows]);
  const shownIds = useMemo(() => (finding ? new Set(found.map((entry) => entry.row.personId)) : undefined), [finding, found]);
  const listShown = `${group}\n${wordsToFind(findingFor).join(' ')}`;
  const limit = showAllOf === listShown ? undefined : firstRows;
  const tracks = useMemo(() => mappedTracks(members, frameworks), [members, frameworks]);
  const trackKey = tracks.some((track) => track.key === chosenTrack) ? chosenTrack : (tracks[0]?.key ?? null);
  const [frameworkId, trackId] = trackKey?.split('/') ?? [];
  const framework = frameworks.find((candidate) => candidate.id === frameworkId);
  const track = framework?.kind === 'career-map' ? framework.tracks.find((candidate) => candidate.id === trackId) : undefined;
  const levels = track ? levelsInOrder(track) : [];
  const levelId = levels.some((candidate) => candidate.id === level) ? level : 'target';
  const heatmap = useMemo(
    () => (trackKey ? teamHeatmap(members, frameworks, trackKey, levelId) : undefined),
    [members, frameworks, trackKey, levelId],
  );
  const levelLabel = levelId === 'target' ? 'each person’s target' : levelId;

  function exportPdf() {
    const content = teamOverviewContent({
      rows,
      heatmap,
      framework,
      group: groups[group].label,
      heatmapLevel: levelLabel,
      ratingsBasis: `Measured on ${basisLabel(basis, 'me')}`,
      today,
      paper,
      formatDate,
    });
    void run('team overview', documentFileName('Team overview', groups[group].label, today), async () => ({ kind: 'content', content }));
  }

  return (
    <article className="screen team">
      <header className="screen-header">
        <h1 tabIndex={-1}>Team overview</h1>
        <p className="lede">Everyone you keep in this workspace at a glance: where they stand, when you last met, what is open.</p>
      </header>
      <div className="toolbar">
        <label className="inline-field">
          Show
          <select value={group} onChange={(event) => isGroup(event.target.value) && setGroup(event.target.value)}>
            {Object.entries(groups).map(([key, value]) => (
              <option key={key} value={key}>
                {value.label}
              </option>
            ))}
          </select>
        </label>
        <RatingBasisChoice id="team-basis" value={basis} relationship="me" onChange={setBasis} />
        <PaperChoice id="team-paper" value={paper} onChange={setPaper} />
        <button type="button" onClick={exportPdf} disabled={!facts || exportState.status === 'working'}>
          Export as PDF
        </button>
        <ImportAssessment />
      </div>
      <ExportStatus state={exportState} onCancel={cancel} />
      {status === 'failed' && problem ? (
        <div role="alert" className="notice notice-error">
          <p>{problem}</p>
          <button type="button" className="button-secondary" onClick={() => void loadTeam()}>
            Try again
          </button>
        </div>
      ) : null}
      {!facts ? (
        <p role="status" data-testid="team-status" data-state="loading">
          Reading {peopleCount} people…
        </p>
      ) : (
        <>
          <p
            role="status"
            className="hint"
            data-testid="team-status"
            data-state={facts === latestFacts ? status : 'loading'}
            data-people={rows.length}
          >
            {rows.length === 1 ? '1 person' : `${rows.length} people`}
            {status === 'loading' || facts !== latestFacts ? ' · bringing the figures up to date…' : ''}
          </p>
          {findable ? (
            <TeamFinder
              value={typed}
              onChange={setTyped}
              found={finding ? { count: found.length, of: rows.length, for: findingFor } : null}
            />
          ) : null}
          <TeamTable rows={shownRows} limit={limit} />
          {limit !== undefined && shownRows.length > limit ? (
            <button type="button" className="link-button" onClick={() => setShowAllOf(listShown)}>
              Show all {shownRows.length} people{finding ? ' found' : ''} (the first {firstRows} are shown, in the order chosen)
            </button>
          ) : null}
          <section aria-labelledby="heatmap-title" className="team-heatmap-section">
            <h2 id="heatmap-title">Skill areas across the team</h2>
            {tracks.length === 0 ? (
              <p className="notice">Nobody here is mapped against a career map yet: the heatmap compares people on one track.</p>
            ) : (
              <>
                <div className="toolbar">
                  <label className="inline-field">
                    Track
                    <select value={trackKey ?? ''} onChange={(event) => setChosenTrack(event.target.value)}>
                      {tracks.map((entry) => (
                        <option key={entry.key} value={entry.key}>
                          {entry.label} ({entry.people})
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="inline-field">
                    Measured at
                    <select value={levelId} onChange={(event) => setLevel(event.target.value)}>
                      <option value="target">Each person’s target</option>
                      {levels.map((entry) => (
                        <option key={entry.id} value={entry.id}>
                          {entry.id}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                {heatmap ? <TeamHeatmap heatmap={heatmap} levelLabel={levelLabel} limit={limit} only={shownIds} /> : null}
              </>
            )}
          </section>
        </>
      )}
    </article>
  );
}
