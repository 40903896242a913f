import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DefinitionSummary } from '../api';
import { definitionIdPattern, newDefinition } from '../model/importFile';

/** A new workflow starts in the editor with only its start; it is stored when first saved. */
export function NewDefinition({ existing }: { existing: DefinitionSummary[] }) {
  const { t } = useTranslation('designer');
  const navigate = useNavigate();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ id?: string; name?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: { id?: string; name?: string } = {};
    if (!definitionIdPattern.test(id)) next.id = t('new.idInvalid');
    else if (existing.some((d) => d.definitionId === id)) next.id = t('new.idTaken');
    if (name.trim() === '') next.name = t('new.nameRequired');
    setErrors(next);
    if (next.id || next.name) return;
    navigate(`/designer/${encodeURIComponent(id)}`, { state: { draft: newDefinition(id, name.trim()) } });
  }

  return (
    <section className="card" aria-labelledby="designer-new-heading">
      <h2 id="designer-new-heading">{t('new.title')}</h2>
      <form className="row designer-new" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('new.id')}</span>
          <input value={id} onChange={(e) => setId(e.target.value)} aria-invalid={!!errors.id} aria-describedby="designer-new-id-help designer-new-id-error" autoComplete="off" />
          <small id="designer-new-id-help">{t('new.idHint')}</small>
          {errors.id && <p id="designer-new-id-error" className="field-error">{errors.id}</p>}
        </label>
        <label className="field">
          <span>{t('new.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name} aria-describedby="designer-new-name-error" autoComplete="off" />
          {errors.name && <p id="designer-new-name-error" className="field-error">{errors.name}</p>}
        </label>
        <button type="submit" className="primary">{t('new.create')}</button>
      </form>
    </section>
  );
}
