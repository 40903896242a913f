import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { hasRole } from '../../auth/types';
import { useSession } from '../../auth/SessionContext';
import { belgradeLocalToIso, isoToBelgradeLocal } from '../../lib/dates';
import type { CaseSectionProps } from '../../lib/caseSections';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/form/Field';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { caseworkApi, caseworkKeys, overrideGrounds } from './api';
import { newestFirst, withdrawable } from './consentHistory';
import './casework.css';

type Form = { kind: 'give' | 'withdraw'; purpose: string } | { kind: 'override' } | null;

/** Consent per purpose with its history (who recorded what, when), giving and withdrawing it, and the recorded overrides. */
export function ConsentSection({ caseId }: CaseSectionProps) {
  const { t } = useTranslation('casework');
  const { me } = useSession();
  const editable = hasRole(me, 'Admin', 'Coordinator', 'CaseManager');
  const consents = useQuery({ queryKey: caseworkKeys.consents(caseId), queryFn: ({ signal }) => caseworkApi.consents(caseId, signal) });
  const [form, setForm] = useState<Form>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const purposeName = (p: string) => t(`consent.purposes.${p}`, { defaultValue: p });

  if (consents.error instanceof ApiError && consents.error.status === 404) return null;
  const data = consents.data;

  return (
    <section className="card consent-section" aria-labelledby="case-consent">
      <h2 id="case-consent">{t('consent.title')}</h2>
      <p className="muted">{t('consent.intro')}</p>
      <ErrorMessage error={consents.error} />
      {notice && <p role="status">{notice}</p>}
      {data && (
        <>
          <ul className="consent-list">
            {data.current.map((c) => (
              <li key={c.purpose}>
                <span className="consent-purpose">{purposeName(c.purpose)}</span>
                <span className={c.given ? 'consent-given' : 'muted'}>
                  {c.since ? (
                    <>
                      {c.given ? t('consent.given') : t('consent.withdrawn')} {t('consent.since')} <DateTime value={c.since} />
                    </>
                  ) : (
                    t('consent.never')
                  )}
                </span>
                {editable && (
                  <span className="row">
                    <button type="button" onClick={() => setForm({ kind: 'give', purpose: c.purpose })} aria-label={`${t('consent.give')}: ${purposeName(c.purpose)}`}>
                      {t('consent.give')}
                    </button>
                    {withdrawable(data.current, c.purpose) && (
                      <button type="button" onClick={() => setForm({ kind: 'withdraw', purpose: c.purpose })} aria-label={`${t('consent.withdraw')}: ${purposeName(c.purpose)}`}>
                        {t('consent.withdraw')}
                      </button>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {form && form.kind !== 'override' && (
            <ConsentForm
              caseId={caseId}
              kind={form.kind}
              purpose={form.purpose}
              purposeName={purposeName(form.purpose)}
              onDone={() => {
                setForm(null);
                setNotice(null);
              }}
            />
          )}
          <h3>{t('consent.history')}</h3>
          {data.history.length === 0 ? (
            <p className="muted">{t('consent.noHistory')}</p>
          ) : (
            <ul className="consent-history">
              {newestFirst(data.history).map((e) => (
                <li key={e.id}>
                  <DateTime value={e.effectiveAt} />
                  {` — ${purposeName(e.purpose)}: ${t(`consent.kinds.${e.kind}`, { defaultValue: e.kind })}, ${t('consent.by', { name: e.recordedByName ?? t('consent.unknownPerson') })}`}
                  {e.note && <span className="muted"> — {e.note}</span>}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('consent.overrides')}</h3>
          {data.overrides.length === 0 ? (
            <p className="muted">{t('consent.noOverrides')}</p>
          ) : (
            <ul className="consent-history">
              {data.overrides.map((o, i) => (
                <li key={i}>
                  <DateTime value={o.at} />
                  {` — ${purposeName(o.purpose)}: ${o.reason ?? ''}, ${t('consent.by', { name: o.byName ?? t('consent.unknownPerson') })}`}
                </li>
              ))}
            </ul>
          )}
          {editable &&
            (form?.kind === 'override' ? (
              <OverrideForm
                caseId={caseId}
                purposes={data.current.map((c) => c.purpose).filter((p) => p.startsWith('sharing-'))}
                purposeName={purposeName}
                onDone={(message) => {
                  setForm(null);
                  setNotice(message);
                }}
                onCancel={() => setForm(null)}
              />
            ) : (
              <p>
                <button type="button" className="danger" onClick={() => setForm({ kind: 'override' })}>
                  {t('consent.override')}
                </button>
              </p>
            ))}
        </>
      )}
    </section>
  );
}

function nowLocal(): string {
  return isoToBelgradeLocal(new Date().toISOString());
}

function ConsentForm({ caseId, kind, purpose, purposeName, onDone }: { caseId: string; kind: 'give' | 'withdraw'; purpose: string; purposeName: string; onDone: () => void }) {
  const { t } = useTranslation('casework');
  const client = useQueryClient();
  const [when, setWhen] = useState(nowLocal);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => {
      const at = belgradeLocalToIso(when) ?? '';
      const text = note.trim() || null;
      return kind === 'give' ? caseworkApi.give(caseId, purpose, at, text) : caseworkApi.withdraw(caseId, purpose, at, text);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: caseworkKeys.consents(caseId) });
      onDone();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const field = kind === 'give' ? 'givenAt' : 'withdrawnAt';

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }

  return (
    <form className="stack consent-form" onSubmit={submit} noValidate aria-label={`${t(kind === 'give' ? 'consent.give' : 'consent.withdraw')}: ${purposeName}`}>
      <h3>
        {t(kind === 'give' ? 'consent.give' : 'consent.withdraw')}: {purposeName}
      </h3>
      <TextField label={t('consent.when')} type="datetime-local" value={when} onChange={setWhen} required errors={error?.forField(field) ?? []} />
      <Field label={t('consent.note')} errors={error?.forField('note') ?? []}>
        {(a11y) => <textarea {...a11y} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      {!(error?.status === 400 && Object.keys(error.fieldErrors).length > 0) && <ErrorMessage error={save.error} />}
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('consent.save')}
        </button>
        <button type="button" onClick={onDone} disabled={save.isPending}>
          {t('consent.cancel')}
        </button>
      </div>
    </form>
  );
}

function OverrideForm({
  caseId,
  purposes,
  purposeName,
  onDone,
  onCancel,
}: {
  caseId: string;
  purposes: string[];
  purposeName: (p: string) => string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('casework');
  const client = useQueryClient();
  const [purpose, setPurpose] = useState(purposes[0] ?? '');
  const [ground, setGround] = useState<string>(overrideGrounds[0]);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => caseworkApi.override(caseId, purpose, ground, reason.trim()),
    onSuccess: async (answer) => {
      await client.invalidateQueries({ queryKey: caseworkKeys.consents(caseId) });
      onDone(answer.basis === 'consent' ? t('consent.overrideAllowedConsent') : t('consent.overrideRecorded'));
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  return (
    <form
      className="stack consent-form"
      noValidate
      aria-label={t('consent.override')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h3>{t('consent.override')}</h3>
      <p className="muted">{t('consent.overrideIntro')}</p>
      <SelectField
        label={t('consent.purpose')}
        value={purpose}
        onChange={setPurpose}
        options={purposes.map((p) => ({ value: p, label: purposeName(p) }))}
        errors={error?.forField('purpose') ?? []}
      />
      <SelectField
        label={t('consent.ground')}
        value={ground}
        onChange={setGround}
        options={overrideGrounds.map((g) => ({ value: g, label: t(`consent.grounds.${g}`) }))}
        errors={error?.forField('ground') ?? []}
      />
      <Field label={t('consent.overrideReason')} errors={error?.forField('overrideReason') ?? []}>
        {(a11y) => <textarea {...a11y} rows={3} maxLength={900} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {!(error?.status === 400 && Object.keys(error.fieldErrors).length > 0) && <ErrorMessage error={save.error} />}
      <div className="row">
        <button type="submit" className="danger" disabled={save.isPending}>
          {t('consent.overrideSave')}
        </button>
        <button type="button" onClick={onCancel} disabled={save.isPending}>
          {t('consent.cancel')}
        </button>
      </div>
    </form>
  );
}
