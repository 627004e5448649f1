/**
 * Taking an assessment file in: the file is read and checked (its checksum, or its passphrase), then a
 * preview says whose it is, for whom it will be taken in (the person it is linked to, someone chosen,
 * or a new person) and what changes — added, replaced, kept because the workspace's are later — before
 * anything is written. An older file than the last one taken in, or a damaged one, changes nothing.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatDate, localDate } from '../../../shared/dates/local-date';
import {
  changedFileMessage,
  parseExchangeContent,
  readExchangeFile,
  wrongPassphraseMessage,
  type ExchangeContent,
  type SealedPart,
} from '../../../shared/exchange/exchange-file';
import type { VersionMatch } from '../../../shared/exchange/exchange-version';
import { linkedPerson, sameNamePerson } from '../../../shared/exchange/merge-exchange';
import { raterLabel } from '../../../shared/workspace/counted-ratings';
import { displayName, ratingLabel } from '../../../shared/workspace/labels';
import { itemTexts } from '../../../shared/workspace/mapping-items';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { countWords } from '../../../shared/text/count-words';
import { ConfirmActions, FormProblem } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import { checksumOf, openSealed } from '../../db/exchange-sealing';
import { refusalFor, type ImportPreview, type ImportTarget } from '../../db/exchange-repository';
import { usePlatform } from '../../platform/platform-context';
import { useAppStore } from '../../store/app-store';
import './exchange.css';
import { VersionMatched } from './version-matched';
import { routeToHash } from '../../store/routes';

type Stage =
  | { step: 'idle' }
  | { step: 'passphrase'; fileName: string; sealed: SealedPart; problem: string | null }
  | { step: 'preview'; fileName: string; content: ExchangeContent; match: VersionMatch };

export function ImportAssessment({ label = 'Import an assessment file…' }: { label?: string }) {
  const platform = usePlatform();
  const frameworks = useAppStore((state) => state.frameworks);
  const matchAssessmentVersion = useAppStore((state) => state.matchAssessmentVersion);
  const [stage, setStageNow] = useState<Stage>({ step: 'idle' });
  // Each change of stage is numbered: a file still being matched when the person cancels is not shown after.
  const stageNumber = useRef(0);
  const setStage = (next: Stage) => {
    stageNumber.current += 1;
    setStageNow(next);
  };
  const [message, setMessage] = useState<{ text: string; failed: boolean; personId?: string } | null>(null);

  async function choose() {
    setMessage(null);
    await read(await platform.openFile('assessment'));
  }

  async function read(opened: OpenedFile) {
    if (opened.outcome === 'cancelled') return;
    if (opened.outcome === 'failed') return setMessage({ text: opened.message, failed: true });
    const file = readExchangeFile(opened.fileName, opened.text);
    if (!file.ok) return setMessage({ text: file.message, failed: true });
    if (file.kind === 'sealed') return setStage({ step: 'passphrase', fileName: opened.fileName, sealed: file.sealed, problem: null });
    if ((await checksumOf(file.contentText)) !== file.checksum)
      return setMessage({ text: changedFileMessage(opened.fileName), failed: true });
    await check(opened.fileName, file.contentText);
  }

  async function check(fileName: string, text: string) {
    const parsed = parseExchangeContent(fileName, text);
    if (!parsed.ok) {
      setStage({ step: 'idle' });
      return setMessage({ text: parsed.message, failed: true });
    }
    const { framework } = parsed.content;
    if (!frameworks.some((candidate) => candidate.id === framework.id)) {
      setStage({ step: 'idle' });
      return setMessage({
        text: `${fileName} is about the framework “${framework.name}” (${framework.id}), which this workspace does not have. Import that framework first, then this file; nothing was changed.`,
        failed: true,
      });
    }
    const asked = stageNumber.current;
    const { content, match } = await matchAssessmentVersion(parsed.content);
    if (stageNumber.current === asked) setStage({ step: 'preview', fileName, content, match });
  }

  async function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stage.step !== 'passphrase') return;
    const passphrase = new FormData(event.currentTarget).get('passphrase');
    const text = typeof passphrase === 'string' ? await openSealed(stage.sealed, passphrase) : null;
    if (text === null) return setStage({ ...stage, problem: wrongPassphraseMessage(stage.fileName) });
    await check(stage.fileName, text);
  }

  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void choose()}>
        {label}
      </button>
      {message ? (
        <div
          role={message.failed ? 'alert' : 'status'}
          className={message.failed ? 'notice notice-error' : 'notice'}
          data-testid="import-outcome"
        >
          <p>{message.text}</p>
          {message.personId ? (
            <a href={routeToHash({ view: 'person', personId: message.personId, tab: 'compare' })}>Compare the ratings</a>
          ) : null}
        </div>
      ) : null}
      {stage.step === 'passphrase' ? (
        <ModalDialog title="This file is protected" onClose={() => setStage({ step: 'idle' })}>
          <form onSubmit={(event) => void open(event)}>
            <p>
              <code>{stage.fileName}</code> was sealed with a passphrase. Whoever sent it can tell you what it is.
            </p>
            <div className="field">
              <label htmlFor="import-passphrase">Passphrase</label>
              <input id="import-passphrase" name="passphrase" type="password" autoComplete="off" data-autofocus />
            </div>
            <FormProblem problem={stage.problem} />
            <div className="dialog-actions">
              <button type="submit">Open</button>
              <button type="button" className="button-secondary" onClick={() => setStage({ step: 'idle' })}>
                Cancel
              </button>
            </div>
          </form>
        </ModalDialog>
      ) : null}
      {stage.step === 'preview' ? (
        <ImportPreviewDialog
          fileName={stage.fileName}
          content={stage.content}
          match={stage.match}
          onClose={() => setStage({ step: 'idle' })}
          onDone={(text, personId) => {
            setStage({ step: 'idle' });
            setMessage({ text, failed: false, personId });
          }}
        />
      ) : null}
    </>
  );
}

const newPersonValue = '__new__';

function ImportPreviewDialog({
  fileName,
  content,
  match,
  onClose,
  onDone,
}: {
  fileName: string;
  content: ExchangeContent;
  match: VersionMatch;
  onClose: () => void;
  onDone: (text: string, personId: string) => void;
}) {
  const people = useAppStore((state) => state.people);
  const frameworks = useAppStore((state) => state.frameworks);
  const previewAssessment = useAppStore((state) => state.previewAssessment);
  const takeInAssessment = useAppStore((state) => state.takeInAssessment);
  const linked = linkedPerson(people, content);
  const suggested =
    linked ?? (content.kind === 'review' ? people.find((person) => person.relationship === 'me') : sameNamePerson(people, content));
  const [choice, setChoice] = useState(suggested?.id ?? newPersonValue);
  const [relationship, setRelationship] = useState<'report' | 'client'>('report');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [working, setWorking] = useState(false);
  const chosen = people.find((person) => person.id === choice);
  const target: ImportTarget = useMemo(
    () => (chosen ? { personId: chosen.id } : { newPerson: { name: content.person.name, relationship } }),
    [chosen, content.person.name, relationship],
  );
  const name = chosen ? displayName(chosen) : content.person.name || 'the new person';

  useEffect(() => {
    let current = true;
    void previewAssessment(content, target).then((result) => {
      if (current) setPreview(result ?? null);
    });
    return () => {
      current = false;
    };
  }, [content, target, previewAssessment]);

  const framework = frameworks.find((candidate) => candidate.id === content.framework.id);
  // Statement ids carry their track, so every track's texts can be looked up together.
  const texts = useMemo(() => {
    if (!framework) return new Map<string, string>();
    if (framework.kind === 'role-card') return itemTexts({ kind: 'role-card', framework });
    return new Map(framework.tracks.flatMap((track) => [...itemTexts({ kind: 'career-map', framework, track })]));
  }, [framework]);

  const refusal = preview ? refusalFor(preview, content, name) : undefined;
  const relationshipForLabels = chosen?.relationship ?? relationship;
  const what = content.kind === 'self-assessment' ? 'self-assessment' : 'review';

  async function confirm() {
    setWorking(true);
    const person = await takeInAssessment(content, target, fileName);
    setWorking(false);
    if (!person || !preview) return;
    const { plan } = preview;
    onDone(
      `The ${what} is taken in for ${displayName(person)}: ${countWords(plan.added.length, 'rating')} added, ${plan.replaced.length} replaced by later ones, ${plan.keptNewer.length} kept because yours were later${plan.evidenceAdded.length > 0 ? `, ${countWords(plan.evidenceAdded.length, 'evidence entry', 'evidence entries')} added` : ''}.`,
      person.id,
    );
  }

  return (
    <ModalDialog title={`Take in this ${what}?`} onClose={onClose} wide>
      <p>
        <code>{fileName}</code>: the {what} of <strong>{content.person.name || 'an unnamed person'}</strong> on {content.framework.name},
        exported {formatDate(localDate(new Date(content.exportedAt)))} — {countWords(content.ratings.length, 'rating')}
        {content.evidence.length > 0 ? `, ${countWords(content.evidence.length, 'evidence entry', 'evidence entries')}` : ''}.
      </p>
      {match.kind === 'matched' ? <VersionMatched match={match} /> : null}
      {match.kind === 'unmatched' ? (
        <p className="notice notice-caution">
          It was made with version {match.fileVersion} of the framework; this workspace has version {match.version}, and not version{' '}
          {match.fileVersion} to match the statements with. Ratings are taken in by each statement’s place: where a statement was added or
          removed between the two versions, the ones after it may land on other statements. To keep the ratings here as they are, cancel,
          and ask for a file made with version {match.version}.
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="import-target">Take it in for</label>
        <select id="import-target" value={choice} onChange={(event) => setChoice(event.target.value)}>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {displayName(person)}
              {person.id === linked?.id ? ' (linked to this file)' : ''}
            </option>
          ))}
          <option value={newPersonValue}>A new person: {content.person.name || 'Unnamed'}</option>
        </select>
      </div>
      {!chosen ? (
        <fieldset className="exchange-kinds">
          <legend>The new person is</legend>
          <label className="checkbox">
            <input type="radio" name="import-relationship" checked={relationship === 'report'} onChange={() => setRelationship('report')} />
            A report
          </label>
          <label className="checkbox">
            <input type="radio" name="import-relationship" checked={relationship === 'client'} onChange={() => setRelationship('client')} />
            A client
          </label>
        </fieldset>
      ) : null}
      {!linked && chosen ? (
        <p className="hint">The file and {displayName(chosen)} will be linked, so the next file from or for them finds them.</p>
      ) : null}
      {preview === null ? (
        <p role="status">Working out what changes…</p>
      ) : refusal ? (
        <p role="alert" className="notice notice-error">
          {refusal}
        </p>
      ) : (
        <section aria-label="What changes" className="exchange-preview" data-testid="import-preview">
          <p>
            Only{' '}
            {content.kind === 'self-assessment'
              ? 'self-ratings'
              : `the ${raterLabel('manager', relationshipForLabels).toLowerCase()}’s and the agreed ratings`}{' '}
            change; nothing else of {name}’s is touched.
          </p>
          <ul>
            <li>{countWords(preview.plan.added.length, 'rating')} added</li>
            <li>{preview.plan.replaced.length} replaced by later ones</li>
            <li>{preview.plan.keptNewer.length} kept, because the ones here are later</li>
            <li>{preview.plan.unchanged} already the same</li>
            {preview.plan.evidenceAdded.length > 0 ? (
              <li>{countWords(preview.plan.evidenceAdded.length, 'evidence entry', 'evidence entries')} added</li>
            ) : null}
          </ul>
          {preview.plan.replaced.length > 0 ? (
            <details>
              <summary>What is replaced</summary>
              <ul>
                {preview.plan.replaced.map((change) => (
                  <li key={`${change.after.rater}-${change.after.itemId}`}>
                    {raterLabel(change.after.rater, relationshipForLabels)}: {texts.get(change.after.itemId) ?? change.after.itemId} —{' '}
                    {ratingLabel(change.before.value)} → {ratingLabel(change.after.value)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      )}
      {refusal || preview === null || working ? (
        <div className="dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose} data-autofocus>
            Close
          </button>
        </div>
      ) : (
        <ConfirmActions label="Take it in" onConfirm={() => void confirm()} onCancel={onClose} />
      )}
    </ModalDialog>
  );
}
