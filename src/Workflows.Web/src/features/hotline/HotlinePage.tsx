import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { hotlineApi, hotlineKeys, vocabulary, type ContactLogged } from './api';
import { emptyContact, toRequest, type ContactFields } from './contactForm';
import { HotlineNav } from './HotlineNav';
import { RepeatCallerPanel } from './RepeatCallerPanel';
import { ToggleGroup } from './ToggleGroup';
import { useRepeatCaller } from './useRepeatCaller';
import './hotline.css';

/**
 * One contact in under a minute, keyboard only: the number first (earlier contacts appear as it is typed), choices
 * as toggles with the defaults of a job-offer check, Ctrl+Enter logs from anywhere, and the form is clear again.
 */
export function HotlinePage() {
  const { t } = useTranslation('hotline');
  const client = useQueryClient();
  const numberRef = useRef<HTMLInputElement>(null);
  const [f, setF] = useState<ContactFields>(emptyContact);
  const [last, setLast] = useState<ContactLogged | null>(null);
  const repeat = useRepeatCaller(f.callerNumber);
  const set = <K extends keyof ContactFields>(key: K) => (value: ContactFields[K]) => setF((old) => ({ ...old, [key]: value }));

  const log = useMutation({
    mutationFn: (fields: ContactFields) => hotlineApi.log(toRequest(fields)),
    // The request holds the number: the mutation cache must not keep it.
    gcTime: 0,
    onSuccess: async (logged) => {
      setLast(logged);
      setF(emptyContact);
      numberRef.current?.focus();
      await client.invalidateQueries({ queryKey: hotlineKeys.all });
    },
  });
  const error = log.error instanceof ApiError ? log.error : null;
  const errorsFor = (name: string) => error?.forField(name) ?? [];

  function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!log.isPending) log.mutate(f);
  }

  function shortcut(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  }

  const label = (group: string) => (value: string) => t(`${group}.${value}`);
  return (
    <section className="page hotline">
      <PageHeader title={t('title')}>
        <HotlineNav />
      </PageHeader>
      {last && (
        <p role="status" className="logged">
          {t('logged', { code: last.code })} <Link to={`/hotline/contacts/${last.id}`}>{t('openContact')}</Link>
        </p>
      )}
      <form className="stack card contact-form" aria-label={t('form')} onSubmit={submit} onKeyDown={shortcut} noValidate>
        <div className="field">
          <label htmlFor="callerNumber">{t('callerNumber')}</label>
          <input
            id="callerNumber"
            ref={numberRef}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            autoFocus
            value={f.callerNumber}
            onChange={(e) => set('callerNumber')(e.target.value)}
            aria-describedby="callerNumber-hint"
            aria-invalid={errorsFor('callerNumber').length > 0 || undefined}
          />
          <small id="callerNumber-hint">{t('callerNumberHint')}</small>
          {errorsFor('callerNumber').length > 0 && <p className="error">{errorsFor('callerNumber').join(' ')}</p>}
        </div>
        <RepeatCallerPanel repeat={repeat} />
        <ToggleGroup
          legend={t('callerTypeLabel')}
          name="callerType"
          options={vocabulary.callerType}
          label={label('callerType')}
          value={f.callerType}
          onChange={(v) => set('callerType')(v as string)}
          errors={errorsFor('callerType')}
        />
        <ToggleGroup legend={t('topicsLabel')} name="topics" options={vocabulary.topics} label={label('topics')} value={f.topics} onChange={(v) => set('topics')(v as string[])} />
        <ToggleGroup legend={t('outcomeLabel')} name="outcome" options={vocabulary.outcome} label={label('outcome')} value={f.outcome} onChange={(v) => set('outcome')(v as string)} errors={errorsFor('outcome')} />
        <div className="row wrap">
          <div className="field">
            <label htmlFor="durationMinutes">{t('duration')}</label>
            <input id="durationMinutes" type="number" min={0} max={480} inputMode="numeric" value={f.durationMinutes} onChange={(e) => set('durationMinutes')(e.target.value)} />
            {errorsFor('durationMinutes').length > 0 && <p className="error">{errorsFor('durationMinutes').join(' ')}</p>}
          </div>
          <label className="toggle danger">
            <input type="checkbox" checked={f.imminentDanger} onChange={(e) => set('imminentDanger')(e.target.checked)} />
            <span>{t('imminentDanger')}</span>
          </label>
        </div>
        <ToggleGroup legend={t('minorLabel')} name="minorInvolved" options={vocabulary.minorInvolved} label={label('minor')} value={f.minorInvolved} onChange={(v) => set('minorInvolved')(v as string)} />
        <details>
          <summary>{t('more')}</summary>
          <div className="stack">
            <ToggleGroup legend={t('channelLabel')} name="channel" options={vocabulary.channel} label={label('channel')} value={f.channel} onChange={(v) => set('channel')(v as string)} />
            <ToggleGroup legend={t('directionLabel')} name="direction" options={vocabulary.direction} label={label('direction')} value={f.direction} onChange={(v) => set('direction')(v as string)} />
            <ToggleGroup
              legend={t('exploitationLabel')}
              name="exploitation"
              options={vocabulary.exploitation}
              label={label('exploitation')}
              value={f.exploitation}
              onChange={(v) => set('exploitation')(v as string[])}
            />
            <div className="field">
              <label htmlFor="countries">{t('countries')}</label>
              <input id="countries" value={f.countries} onChange={(e) => set('countries')(e.target.value)} aria-describedby="countries-hint" />
              <small id="countries-hint">{t('countriesHint')}</small>
            </div>
            <div className="field">
              <label htmlFor="language">{t('language')}</label>
              <input id="language" value={f.language} onChange={(e) => set('language')(e.target.value)} />
            </div>
          </div>
        </details>
        <div className="field">
          <label htmlFor="note">{t('note')}</label>
          <textarea id="note" rows={2} value={f.note} onChange={(e) => set('note')(e.target.value)} aria-describedby="note-hint" />
          <small id="note-hint">{t('noteHint')}</small>
        </div>
        {error && Object.keys(error.fieldErrors).length > 0 ? <ErrorMessage error={error} /> : <ErrorMessage error={log.error} />}
        <div className="row">
          <button type="submit" className="primary" disabled={log.isPending}>
            {t('submit')}
          </button>
          <span className="muted">{t('shortcut')}</span>
        </div>
      </form>
    </section>
  );
}
