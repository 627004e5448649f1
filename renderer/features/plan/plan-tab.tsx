/**
 * The growth plan: the person's goals as compact rows, each opening in place to be edited (one at a time,
 * as a to-do opens in Things). Open goals come first in the plan's order, which the person sets; finished
 * ones (done or dropped) below them; archived goals on request.
 */
import { shorten } from '../../../shared/text/shorten';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { itemAreaNames, itemTexts, levelItems, type MappedItem } from '../../../shared/workspace/mapping-items';
import { planGroup, type PlanGroup } from '../../../shared/workspace/growth-plan';
import type { Goal, Person } from '../../../shared/workspace/schema';
import { localDate } from '../../../shared/dates/local-date';
import { routeToHash } from '../../store/routes';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';
import { displayName } from '../../../shared/workspace/labels';
import { GoalDialog, type GoalFields } from './goal-dialog';
import { GoalRow, type RowFocus } from './goal-row';
import { GoalStatementsDialog } from './goal-statements-dialog';

/** What a goal can address: the level being worked towards (or the card), plus whatever the goal already names. */
function choosableItems(mapping: MappedTo, texts: ReadonlyMap<string, string>, goal: Goal | undefined): MappedItem[] {
  const levelId = mapping.kind === 'career-map' ? (mapping.targetLevel ?? mapping.currentLevel)?.id : undefined;
  const { items } = levelItems(mapping, levelId, false);
  const offered = new Set(items.map((item) => item.id));
  const areaNames = itemAreaNames(mapping);
  const named = (goal?.itemIds ?? [])
    .filter((id) => !offered.has(id))
    .map((id) => ({ id, areaId: '', areaName: areaNames.get(id), text: texts.get(id) ?? `${id} (not in this framework)` }));
  return [...items, ...named];
}

/** `goalId`: a goal to open on arriving (a link from the gap list or the next level names it). */
export function PlanTab({ person, mapping, goalId }: { person: Person; mapping: MappedTo; goalId?: string | undefined }) {
  const goals = useAppStore((state) => state.goals);
  const evidence = useAppStore((state) => state.evidence);
  const addGoal = useAppStore((state) => state.addGoal);
  const updateGoal = useAppStore((state) => state.updateGoal);
  const removeGoal = useAppStore((state) => state.removeGoal);
  const [showArchived, setShowArchived] = useState(false);
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'statements' | 'remove'; goal: Goal } | null>(null);
  /** The goal open for editing, and the group it was in when opened. */
  const [open, setOpen] = useState<{ goalId: string; group: PlanGroup } | null>(null);
  const [focus, setFocus] = useState<{ goalId: string; target: RowFocus } | null>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const texts = useMemo(() => itemTexts(mapping), [mapping]);
  const areaNames = useMemo(() => itemAreaNames(mapping), [mapping]);
  const focusGiven = useCallback(() => setFocus(null), []);
  const name = displayName(person);
  const today = localDate();

  // A goal named by the address opens once, with focus in its title, as soon as it is in the plan
  // (set while rendering, as React advises for state that follows a prop, not in an effect).
  const [openedFromAddress, setOpenedFromAddress] = useState<string | undefined>(undefined);
  const fromAddress = goalId && openedFromAddress !== goalId ? goals.find((entry) => entry.id === goalId) : undefined;
  if (fromAddress) {
    setOpenedFromAddress(fromAddress.id);
    if (planGroup(fromAddress) === 'archived') setShowArchived(true);
    setOpen({ goalId: fromAddress.id, group: planGroup(fromAddress) });
    setFocus({ goalId: fromAddress.id, target: 'title' });
  }

  // The open goal stays where it was opened while it is edited: a goal marked done moves down to the
  // finished goals when it is closed, not from under the pointer. Archiving moves it at once.
  const groupOf = (goal: Goal): PlanGroup => {
    const group = planGroup(goal);
    return open?.goalId === goal.id && group !== 'archived' && open.group !== 'archived' ? open.group : group;
  };
  const shown = (group: PlanGroup) => goals.filter((goal) => groupOf(goal) === group);
  const active = shown('open');
  const finished = shown('finished');
  const archived = shown('archived');

  function toggle(goal: Goal) {
    if (open?.goalId !== goal.id) {
      setOpen({ goalId: goal.id, group: planGroup(goal) });
      setFocus({ goalId: goal.id, target: 'title' });
      return;
    }
    setOpen(null);
    setFocus({ goalId: goal.id, target: 'toggle' });
    const group = planGroup(goal);
    if (group !== open.group && group !== 'archived') {
      setMessage(`“${shorten(goal.title)}” moved to the ${group === 'finished' ? 'finished' : 'open'} goals.`);
    }
  }

  /** A goal left the list it was in: say what happened and put focus somewhere that still exists. */
  function movedAway(text: string) {
    setOpen(null);
    setFocus(null);
    setMessage(text);
    headingRef.current?.focus();
  }

  async function add(fields: GoalFields): Promise<boolean> {
    const added = await addGoal(fields);
    if (!added) return false;
    setMessage(`“${shorten(added.title)}” was added to the plan.`);
    // A new goal opens, with focus in its title, once the dialog has closed.
    setOpen({ goalId: added.id, group: planGroup(added) });
    setFocus({ goalId: added.id, target: 'title' });
    return true;
  }

  async function remove(goal: Goal) {
    if (!(await removeGoal(goal.id))) return;
    setDialog(null);
    movedAway(`“${shorten(goal.title)}” was deleted.`);
  }

  const list = (goalsShown: Goal[], label: string) => (
    <ol className="goal-list" aria-label={label}>
      {goalsShown.map((goal, index) => (
        <GoalRow
          key={goal.id}
          goal={goal}
          open={open?.goalId === goal.id}
          focus={dialog === null && focus?.goalId === goal.id ? focus.target : undefined}
          onFocused={focusGiven}
          onToggle={() => toggle(goal)}
          areaNames={areaNames}
          personName={person.name}
          today={today}
          itemTexts={texts}
          evidence={evidence}
          isFirst={index === 0}
          isLast={index === goalsShown.length - 1}
          onChooseStatements={(entry) => setDialog({ kind: 'statements', goal: entry })}
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
          Show archived goals ({goals.filter((goal) => goal.archived).length})
        </label>
        <p role="status" className="plan-message">
          {message}
        </p>
      </div>
      {active.length > 0 ? (
        list(active, 'Goals')
      ) : finished.length > 0 ? (
        <p className="notice">Every goal in the plan is finished. Add the next one, or make one from the gap list.</p>
      ) : (
        <p className="notice">
          No goals in the plan yet. Make one from an area of the{' '}
          <a href={routeToHash({ view: 'person', personId: person.id, tab: 'gaps' })}>gap list</a>, or add one by hand.
        </p>
      )}
      {finished.length > 0 ? (
        <section aria-labelledby="finished-goals-title" className="goal-group-finished">
          <h2 id="finished-goals-title">Finished ({finished.length})</h2>
          {list(finished, 'Finished goals')}
        </section>
      ) : null}
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

      {dialog?.kind === 'add' ? (
        <GoalDialog
          items={choosableItems(mapping, texts, undefined)}
          personName={person.name}
          onSave={add}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'statements' ? (
        <GoalStatementsDialog
          chosenIds={dialog.goal.itemIds}
          items={choosableItems(mapping, texts, dialog.goal)}
          onSave={(itemIds) => updateGoal(dialog.goal.id, { itemIds })}
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
