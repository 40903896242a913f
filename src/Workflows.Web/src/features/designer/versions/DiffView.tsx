import { useTranslation } from 'react-i18next';
import { outcomeOf, type ConnectionDefinition } from '../model/definition';
import type { Json as JsonValue } from '../model/definition';
import { useDurationWords } from '../model/durationWords';
import { formatValue, isEmptyDiff, type DefinitionDiff, type ValueChange } from './diff';

function Json({ value, label }: { value: unknown; label: string }) {
  const { t } = useTranslation('viewer');
  const words = useDurationWords();
  if (value === undefined) return <em className="muted">{t('versions.absent')}</em>;
  // A changed due or delay also in words: "PT4H" → "P2D" reads as "4 hours" → "2 days".
  const said = words.duration(value as JsonValue);
  return (
    <>
      <pre className="viewer-json" aria-label={label}>
        {formatValue(value)}
      </pre>
      {said && <small className="viewer-duration-words">{said}</small>}
    </>
  );
}

function ChangesTable({ caption, changes }: { caption: string; changes: ValueChange[] }) {
  const { t } = useTranslation('viewer');
  return (
    <table className="viewer-diff-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('versions.field')}</th>
          <th scope="col">{t('versions.before')}</th>
          <th scope="col">{t('versions.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{c.field}</th>
            <td className="viewer-diff-before">
              <Json value={c.before} label={`${c.field} — ${t('versions.before')}`} />
            </td>
            <td className="viewer-diff-after">
              <Json value={c.after} label={`${c.field} — ${t('versions.after')}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function connectionText(c: ConnectionDefinition): string {
  return `${c.from} —[${outcomeOf(c)}]→ ${c.to}`;
}

/** The diff in words and tables: additions and removals marked with a sign and a word, not colour alone. */
export function DiffView({ diff, names }: { diff: DefinitionDiff; names: (id: string) => string }) {
  const { t } = useTranslation('viewer');
  if (isEmptyDiff(diff)) return <p>{t('versions.noDifferences')}</p>;
  return (
    <div className="stack">
      {diff.metadata.length > 0 && (
        <section>
          <h3>{t('versions.metadata')}</h3>
          <ChangesTable caption={t('versions.metadata')} changes={diff.metadata} />
        </section>
      )}
      {(diff.added.length > 0 || diff.removed.length > 0) && (
        <section>
          <h3>{t('versions.activitiesAddedRemoved')}</h3>
          <ul className="viewer-diff-list">
            {diff.added.map((a) => (
              <li key={`+${a.id}`} className="viewer-diff-added">
                <span className="badge badge-success">+ {t('versions.added')}</span> {a.name ?? a.id} <code>{a.type}</code>
              </li>
            ))}
            {diff.removed.map((a) => (
              <li key={`-${a.id}`} className="viewer-diff-removed">
                <span className="badge badge-danger">− {t('versions.removed')}</span> {a.name ?? a.id} <code>{a.type}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.changed.length > 0 && (
        <section>
          <h3>{t('versions.activitiesChanged')}</h3>
          {diff.changed.map((c) => (
            <div key={c.id} className="card stack viewer-diff-activity">
              <h4>
                <span className="badge badge-warning">✎ {t('versions.changed')}</span> {c.name} <code>{c.id}</code>
                {c.moved && <span className="muted"> · {t('versions.alsoMoved')}</span>}
              </h4>
              {c.fields.length > 0 && <ChangesTable caption={t('versions.fieldsOf', { name: c.name })} changes={c.fields} />}
              {c.inputs.length > 0 && (
                <>
                  <p className="viewer-small">{t('versions.inputsChanged', { inputs: c.inputs.map((i) => i.field).join(', ') })}</p>
                  <ChangesTable caption={t('versions.inputsOf', { name: c.name })} changes={c.inputs} />
                </>
              )}
            </div>
          ))}
        </section>
      )}
      {(diff.connectionsAdded.length > 0 || diff.connectionsRemoved.length > 0) && (
        <section>
          <h3>{t('versions.connections')}</h3>
          <ul className="viewer-diff-list">
            {diff.connectionsAdded.map((c, i) => (
              <li key={`+${i}`}>
                <span className="badge badge-success">+ {t('versions.added')}</span> {names(c.from)} —[{outcomeOf(c)}]→ {names(c.to)}{' '}
                <code className="muted">{connectionText(c)}</code>
              </li>
            ))}
            {diff.connectionsRemoved.map((c, i) => (
              <li key={`-${i}`}>
                <span className="badge badge-danger">− {t('versions.removed')}</span> {names(c.from)} —[{outcomeOf(c)}]→ {names(c.to)}{' '}
                <code className="muted">{connectionText(c)}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.movedOnly.length > 0 && (
        <details>
          <summary>{t('versions.movedOnly', { count: diff.movedOnly.length })}</summary>
          <ul>
            {diff.movedOnly.map((m) => (
              <li key={m.id}>
                {m.name}: ({m.before?.x ?? '–'}, {m.before?.y ?? '–'}) → ({m.after?.x ?? '–'}, {m.after?.y ?? '–'})
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
