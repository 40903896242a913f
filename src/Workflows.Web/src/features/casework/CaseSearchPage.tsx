import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { caseworkApi, searchKinds, type SearchKind } from './api';
import './casework.css';

/**
 * Finds a case by one term. The term is sent in a POST body (never in the URL, which ends up in logs and history) and
 * kept neither in the address nor in the query cache; the server answers only cases the user may see, and audits it.
 */
export function CaseSearchPage() {
  const { t } = useTranslation('casework');
  const [kind, setKind] = useState<SearchKind>('fullName');
  const [term, setTerm] = useState('');
  const find = useMutation({ mutationFn: () => caseworkApi.find(kind, term.trim()), gcTime: 0 });
  const error = find.error instanceof ApiError ? find.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    find.mutate();
  }

  return (
    <section className="page">
      <PageHeader title={t('search.title')} />
      <form className="stack card search-form" onSubmit={submit} noValidate role="search">
        <p className="muted">{t('search.intro')}</p>
        <SelectField
          label={t('search.by')}
          value={kind}
          onChange={(v) => {
            setKind(v as SearchKind);
            find.reset();
          }}
          options={searchKinds.map((k) => ({ value: k, label: t(`search.kinds.${k}`) }))}
        />
        <TextField label={t('search.term')} value={term} onChange={setTerm} errors={error?.forField(kind) ?? []} />
        <div className="row">
          <button type="submit" className="primary" disabled={find.isPending || term.trim() === ''}>
            {find.isPending ? t('search.searching') : t('search.submit')}
          </button>
        </div>
        {!(error?.status === 400 && Object.keys(error.fieldErrors).length > 0) && <ErrorMessage error={find.error} />}
      </form>
      {find.isSuccess && (
        <section className="card" aria-live="polite" aria-labelledby="search-results">
          <h2 id="search-results">{t('search.results', { count: find.data.length })}</h2>
          {find.data.length === 0 ? (
            <p>{t('search.none')}</p>
          ) : (
            <ul className="search-results">
              {find.data.map((hit) => (
                <li key={hit.caseId}>
                  <Link to={`/cases/${hit.caseId}`}>{hit.caseCode}</Link>
                  <span>
                    {t('search.phase')}: {t(`cases:phases.${hit.phase}`, { defaultValue: hit.phase })}
                  </span>
                  <span className="muted">
                    {t('search.opened')} <DateTime value={hit.openedAt} dateOnly />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
