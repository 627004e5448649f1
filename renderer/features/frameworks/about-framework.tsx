/**
 * Where the data came from and every judgement call made in converting it, next to the data itself.
 */
import type { Framework } from '../../../shared/framework/schema';

export function AboutFramework({ framework, extraNotes = [] }: { framework: Framework; extraNotes?: readonly string[] }) {
  const notes = [...framework.notes, ...extraNotes];
  return (
    <details className="about">
      <summary>About this data: source and conversion notes</summary>
      <dl className="facts">
        <dt>Source</dt>
        <dd>
          {framework.source.name}
          {framework.source.document ? (
            <>
              {' '}
              (<code>{framework.source.document}</code>)
            </>
          ) : null}
        </dd>
        <dt>Version</dt>
        <dd>{framework.version}</dd>
      </dl>
      {notes.length > 0 ? (
        <ul className="notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
