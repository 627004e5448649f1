/**
 * A role card: the role at one level, its attributes and story, and what the role is made of.
 */
import type { ComponentType, Confidence, RoleCard } from '../../../shared/framework/schema';
import { sourceWords } from '../../../shared/text/source-words';
import { DataTable } from '../../components/data-table';
import { BlankWorksheet } from '../documents';
import { AboutFramework, FrameworkActions } from '../frameworks';

const componentGroups: { type: ComponentType; title: string }[] = [
  { type: 'responsibility', title: 'Responsibilities' },
  { type: 'task', title: 'Tasks' },
  { type: 'skill', title: 'Skills' },
  { type: 'knowledge', title: 'Knowledge' },
  { type: 'competency', title: 'Competencies' },
  { type: 'qualification', title: 'Qualifications' },
];

function formatConfidence(confidence: Confidence): string {
  const score = confidence.score === undefined ? undefined : confidence.score.toFixed(2);
  const band = confidence.band === undefined ? undefined : sourceWords(confidence.band);
  if (band && score) return `${band} (${score})`;
  return band ?? score ?? 'not stated';
}

export function RoleCardScreen({ card }: { card: RoleCard }) {
  const isDraft = card.status.toLowerCase() === 'draft';
  return (
    <article className="screen role-card">
      <header className="screen-header">
        <p className="eyebrow">Role card · {card.code}</p>
        <h1 tabIndex={-1}>{card.title}</h1>
        <p className="role-level">
          {card.level.code} — {card.level.name}
        </p>
        <ul className="card-badges" aria-label="Card status">
          <li className={`badge badge-status-${card.status.toLowerCase()}`}>Status: {sourceWords(card.status)}</li>
          <li className="badge">Confidence: {formatConfidence(card.confidence)}</li>
          <li className="badge">Version {card.version}</li>
          {card.scope ? <li className="badge">Scope: {card.scope}</li> : null}
        </ul>
      </header>
      {isDraft ? (
        <p className="notice notice-caution">
          The source marks this card as a <strong>draft</strong> with {formatConfidence(card.confidence).toLowerCase()} confidence. Use it
          as a starting point for a conversation, not as an agreed standard.
        </p>
      ) : null}
      {card.summary ? <p className="lede">{card.summary}</p> : null}

      <section aria-labelledby="level-attributes">
        <h2 id="level-attributes">
          Level {card.level.code} — {card.level.name}
        </h2>
        {card.level.summary ? <p>{card.level.summary}</p> : null}
        <dl className="attributes">
          {card.level.attributes.map((attribute) => (
            <div key={attribute.key}>
              <dt>{attribute.label}</dt>
              <dd>{attribute.text}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="role-story">
        <h2 id="role-story">The story of this role</h2>
        {card.story.who ? (
          <>
            <h3>Who does this work</h3>
            <p>{card.story.who}</p>
          </>
        ) : null}
        {card.story.problems.length > 0 ? (
          <>
            <h3>The problem this role solves</h3>
            <dl className="story-problems">
              {card.story.problems.map((problem) => (
                <div key={problem.label}>
                  <dt>{problem.label}</dt>
                  <dd>{problem.text}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        {card.story.plan.length > 0 ? (
          <>
            <h3>The plan</h3>
            <ol>
              {card.story.plan.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        ) : null}
        {card.story.stakes ? (
          <>
            <h3>What’s at stake</h3>
            <p>{card.story.stakes}</p>
          </>
        ) : null}
        {card.story.success ? (
          <>
            <h3>Success looks like</h3>
            <p>{card.story.success}</p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="role-components">
        <h2 id="role-components">Components</h2>
        <div className="component-grid">
          {componentGroups.map(({ type, title }) => {
            const items = card.components.filter((component) => component.type === type);
            if (items.length === 0) return null;
            return (
              <section key={type} className="component-group" aria-labelledby={`components-${type}`}>
                <h3 id={`components-${type}`}>
                  {title} <span className="count">{items.length}</span>
                </h3>
                <ul>
                  {items.map((component) => (
                    <li key={component.id}>{component.text}</li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>

      {card.aliases.length > 0 ? (
        <section aria-labelledby="role-aliases">
          <h2 id="role-aliases">Title aliases</h2>
          <DataTable
            columns={[
              { header: 'Alias', cell: (alias) => alias.title },
              { header: 'Type', cell: (alias) => sourceWords(alias.type) },
              { header: 'Confidence', cell: (alias) => formatConfidence(alias.confidence) },
              { header: 'Approved', cell: (alias) => (alias.approved === null ? 'Not stated' : alias.approved ? 'Yes' : 'No') },
            ]}
            rows={card.aliases}
            rowKey={(alias) => alias.title}
          />
        </section>
      ) : null}

      {card.classifications.length > 0 ? (
        <section aria-labelledby="role-classifications">
          <h2 id="role-classifications">Classification mappings</h2>
          <DataTable
            columns={[
              { header: 'System', cell: (entry) => entry.system },
              { header: 'Code', cell: (entry) => entry.code },
              { header: 'Title', cell: (entry) => entry.title },
              { header: 'Basis', cell: (entry) => (entry.basis ? sourceWords(entry.basis) : '—') },
              { header: 'Review status', cell: (entry) => (entry.reviewStatus ? sourceWords(entry.reviewStatus) : '—') },
            ]}
            rows={card.classifications}
            rowKey={(entry) => `${entry.system}-${entry.code}`}
          />
        </section>
      ) : null}

      <section className="print-section" aria-label="Print">
        <BlankWorksheet source={{ kind: 'role-card', framework: card }} label={card.code} />
      </section>
      <FrameworkActions framework={card} />
      <AboutFramework framework={card} />
    </article>
  );
}
