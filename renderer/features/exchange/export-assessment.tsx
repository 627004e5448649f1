/**
 * Exporting an assessment to send by e-mail or a shared drive: a person's self-assessment (with their
 * evidence, if they choose), or the manager's or coach's ratings and the agreed ones sent back —
 * optionally sealed with a passphrase that travels separately.
 */
import { useState, type FormEvent } from 'react';
import { reviewerLabel } from '../../../shared/workspace/counted-ratings';
import type { ExchangeKind, Person } from '../../../shared/workspace/schema';
import { FormProblem } from '../../components/form-parts';
import { NewPassphraseFields, useNewPassphrase } from '../../components/new-passphrase';
import { usePlatform } from '../../platform/platform-context';
import { useAppStore } from '../../store/app-store';
import './exchange.css';

export function ExportAssessment({ person }: { person: Person }) {
  const platform = usePlatform();
  const exportAssessment = useAppStore((state) => state.exportAssessment);
  const [kind, setKind] = useState<ExchangeKind>(person.relationship === 'me' ? 'self-assessment' : 'review');
  const [includeEvidence, setIncludeEvidence] = useState(false);
  const [protect, setProtect] = useState(false);
  const fields = useNewPassphrase();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);
  const reviewer = reviewerLabel(person.relationship).toLowerCase();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    if (protect && fields.problem) return setProblem(fields.problem);
    setProblem(null);
    setWorking(true);
    try {
      const file = await exportAssessment(person.id, { kind, includeEvidence, passphrase: protect ? fields.passphrase : undefined });
      const outcome = await platform.saveFile(file.fileName, 'json', new TextEncoder().encode(file.text));
      if (outcome.outcome === 'saved') {
        setStatus(
          `Saved to ${outcome.location}.${protect ? ' Send the passphrase another way than the file (tell it, or send it by another channel).' : ''}`,
        );
      } else if (outcome.outcome === 'failed') setProblem(outcome.message);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  }

  return (
    <form className="document-card exchange-card" onSubmit={submit} aria-labelledby="export-assessment-title">
      <h3 id="export-assessment-title">Send by file</h3>
      <fieldset className="exchange-kinds">
        <legend>What goes in the file</legend>
        <label className="checkbox">
          <input type="radio" name="exchange-kind" checked={kind === 'self-assessment'} onChange={() => setKind('self-assessment')} />
          The self-assessment: self-ratings and their notes
        </label>
        <label className="checkbox">
          <input type="radio" name="exchange-kind" checked={kind === 'review'} onChange={() => setKind('review')} />
          The review: the {reviewer}’s ratings and the agreed ones, with their notes
        </label>
      </fieldset>
      {kind === 'self-assessment' ? (
        <label className="checkbox">
          <input type="checkbox" checked={includeEvidence} onChange={(event) => setIncludeEvidence(event.target.checked)} />
          Include the evidence for this framework
        </label>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={protect} onChange={(event) => setProtect(event.target.checked)} />
        Protect the file with a passphrase
      </label>
      {protect ? (
        <div className="exchange-passphrase">
          <NewPassphraseFields id="exchange" label="Passphrase" state={fields} />
          <p className="hint">
            Encrypted as the workspace lock does (AES-GCM, key from PBKDF2-SHA256). Without the passphrase nobody can open it.
          </p>
        </div>
      ) : (
        <p className="hint">Unprotected, the file is plain JSON: anyone who gets it can read it.</p>
      )}
      <FormProblem problem={problem} />
      <button type="submit" disabled={working}>
        {working ? 'Making the file…' : 'Export assessment file…'}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
