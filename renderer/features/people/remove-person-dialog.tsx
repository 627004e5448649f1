/**
 * Confirms removing a person, saying exactly what will be deleted.
 */
import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/workspace/schema';
import type { PersonDataCounts } from '../../db/people-repository';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';
import { displayName } from '../../../shared/workspace/labels';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function RemovePersonDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const countPersonData = useAppStore((state) => state.countPersonData);
  const deletePerson = useAppStore((state) => state.deletePerson);
  const navigate = useAppStore((state) => state.navigate);
  const [counts, setCounts] = useState<PersonDataCounts | undefined>();
  const name = displayName(person);

  useEffect(() => {
    void countPersonData(person.id).then(setCounts);
  }, [countPersonData, person.id]);

  async function remove() {
    if (!(await deletePerson(person.id))) return;
    onClose();
    navigate({ view: 'home' });
  }

  return (
    <ModalDialog title={`Remove ${name}?`} onClose={onClose}>
      <p>
        This deletes {name}’s profile
        {counts
          ? `, ${plural(counts.ratings, 'rating', 'ratings')}, ${plural(counts.evidence, 'evidence entry', 'evidence entries')}, ${plural(counts.snapshots, 'snapshot', 'snapshots')}, ${plural(counts.goals, 'goal', 'goals')} and ${plural(counts.meetings, '1:1 note', '1:1 notes')}`
          : ' and everything recorded about them'}{' '}
        from this computer. It cannot be undone.
      </p>
      <ConfirmActions label={`Remove ${name}`} danger onConfirm={() => void remove()} onCancel={onClose} />
    </ModalDialog>
  );
}
