import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DefinitionSummary } from '../api';
import { definitionIdPattern, newDefinition } from '../model/importFile';
import { Field } from '../../../ui/form/Field';

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
        <Field id="designer-new-id" label={t('new.id')} hint={t('new.idHint')} errors={errors.id ? [errors.id] : []}>
          {(a11y) => <input {...a11y} value={id} onChange={(e) => setId(e.target.value)} autoComplete="off" />}
        </Field>
        <Field id="designer-new-name" label={t('new.name')} errors={errors.name ? [errors.name] : []}>
          {(a11y) => <input {...a11y} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <button type="submit" className="primary">{t('new.create')}</button>
      </form>
    </section>
  );
}
