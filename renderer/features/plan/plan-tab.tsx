/**
 * The growth plan: the person's goals in their order, each with its actions and evidence; finished goals
 * can be archived and shown again on request.
 */
import { shorten } from '../../../shared/text/shorten';
import { useMemo, useRef, useState } from 'react';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { itemTexts, levelItems, type MappedItem } from '../../../shared/workspace/mapping-items';
import type { Goal, Person } from '../../../shared/workspace/schema';
import { localDate } from '../../../shared/dates/local-date';
import { routeToHash } from '../../store/routes';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';
import { displayName } from '../../../shared/workspace/labels';
import { GoalCard } from './goal-card';
import { GoalDialog, type GoalFields } from './goal-dialog';

/** What a goal can address: the level being worked towards (or the card), plus whatever the goal already names. */
function choosableItems(mapping: MappedTo, texts: ReadonlyMap<string, string>, goal: Goal | undefined): MappedItem[] {
  const levelId = mapping.kind === 'career-map' ? (mapping.targetLevel ?? mapping.currentLevel)?.id : undefined;
  const { items } = levelItems(mapping, levelId, false);
  const offered = new Set(items.map((item) => item.id));
  const named = (goal?.itemIds ?? [])
    .filter((id) => !offered.has(id))
    .map((id) => ({ id, areaId: '', text: texts.get(id) ?? `${id} (not in this framework)` }));
  return [...items, ...named];
}

export function PlanTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const goals = useAppStore((state) => state.goals);
  const evidence = useAppStore((state) => state.evidence);
  const addGoal = useAppStore((state) => state.addGoal);
  const updateGoal = useAppStore((state) => state.updateGoal);
  const removeGoal = useAppStore((state) => state.removeGoal);
  const [showArchived, setShowArchived] = useState(false);
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'edit' | 'remove'; goal: Goal } | null>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const texts = useMemo(() => itemTexts(mapping), [mapping]);
  const name = displayName(person);
  const today = localDate();
  const active = goals.filter((goal) => !goal.archived);
  const archived = goals.filter((goal) => goal.archived);

  /** A goal left the list it was in: say what happened and put focus somewhere that still exists. */
  function movedAway(text: string) {
    setMessage(text);
    headingRef.current?.focus();
  }

  async function save(fields: GoalFields): Promise<boolean> {
    if (dialog?.kind === 'edit') return updateGoal(dialog.goal.id, fields);
    const added = await addGoal(fields);
    if (added) setMessage(`“${shorten(added.title)}” was added to the plan.`);
    return added !== undefined;
  }

  async function remove(goal: Goal) {
    if (!(await removeGoal(goal.id))) return;
    setDialog(null);
    movedAway(`“${shorten(goal.title)}” was deleted.`);
  }

  const list = (shown: Goal[], label: string) => (
    <ol className="goal-list" aria-label={label}>
      {shown.map((goal, index) => (
        <GoalCard
          key={goal.id}
          goal={goal}
          personName={person.name}
          today={today}
          itemTexts={texts}
          evidence={evidence}
          isFirst={index === 0}
          isLast={index === shown.length - 1}
          onEdit={(entry) => setDialog({ kind: 'edit', goal: entry })}
          onRemove={(entry) => setDialog({ kind: 'remove', goal: entry })}
          onMovedAway={movedAway}
        />
      ))}
    </ol>
  );

  return (
    <div className="plan">
      <h2 ref={headingRef} tabIndex={-1} className="plan-heading">
        Growth plan
      </h2>
      <div className="toolbar">
        <button type="button" onClick={() => setDialog({ kind: 'add' })}>
          Add a goal
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          Show archived goals ({archived.length})
        </label>
        <p role="status" className="plan-message">
          {message}
        </p>
      </div>
      {active.length === 0 ? (
        <p className="notice">
          No goals in the plan yet. Make one from an area of the{' '}
          <a href={routeToHash({ view: 'person', personId: person.id, tab: 'gaps' })}>gap list</a>, or add one by hand.
        </p>
      ) : (
        list(active, 'Goals')
      )}
      {showArchived ? (
        <section aria-labelledby="archived-goals-title">
          <h2 id="archived-goals-title">Archived goals</h2>
          {archived.length === 0 ? (
            <p className="hint">Nothing archived. Finished goals (done or dropped) can be archived.</p>
          ) : (
            list(archived, 'Archived goals')
          )}
        </section>
      ) : null}

      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <GoalDialog
          goal={dialog.kind === 'edit' ? dialog.goal : undefined}
          items={choosableItems(mapping, texts, dialog.kind === 'edit' ? dialog.goal : undefined)}
          personName={person.name}
          onSave={save}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'remove' ? (
        <ModalDialog title={`Delete the goal “${shorten(dialog.goal.title)}”?`} onClose={() => setDialog(null)}>
          <p>
            This deletes the goal with its {dialog.goal.actions.length === 1 ? '1 action' : `${dialog.goal.actions.length} actions`} from{' '}
            {person.relationship === 'me' ? 'your' : `${name}’s`} plan. Linked evidence is kept. It cannot be undone; to put a finished goal
            away instead, archive it.
          </p>
          <ConfirmActions label="Delete goal" danger onConfirm={() => void remove(dialog.goal)} onCancel={() => setDialog(null)} />
        </ModalDialog>
      ) : null}
    </div>
  );
}
