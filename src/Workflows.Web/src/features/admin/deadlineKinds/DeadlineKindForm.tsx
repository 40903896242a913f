import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toCyrillic } from '../../../i18n/transliterate';
import { FormError } from '../../../ui/form/FormError';
import { adminKeys, updateDeadlineKind, type DeadlineKind, type UpdateDeadlineKindRequest } from '../api';
import { Field } from '../../../ui/form/Field';
import { fieldErrors } from '../../../ui/form/fieldErrors';

const fields = ['key', 'labelEn', 'labelSrLatn', 'labelSrCyrl', 'days', 'hard'];

/** What the form sends: an empty Cyrillic name is left out, so the API writes it from the Latin. */
export function kindRequest(form: { labelEn: string; labelSrLatn: string; labelSrCyrl: string; days: string; hard: boolean }): UpdateDeadlineKindRequest {
  const days = form.days.trim() === '' || Number.isNaN(Number(form.days)) ? null : Number(form.days);
  // An empty required name goes as null so the API names the field; the same for a non-numeric day count.
  return {
    labelEn: form.labelEn.trim() === '' ? null : form.labelEn,
    labelSrLatn: form.labelSrLatn.trim() === '' ? null : form.labelSrLatn,
    labelSrCyrl: form.labelSrCyrl.trim() === '' ? null : form.labelSrCyrl,
    days,
    hard: form.hard,
  };
}

/**
 * Adds a kind (no <paramref name="kind"/>) or edits one. Changing the days changes deadlines computed from now on,
 * not those already set. Names are asked in English and Serbian Latin; Cyrillic only where it differs from the Latin
 * written letter for letter.
 */
export function DeadlineKindForm({ kind, onDone }: { kind: DeadlineKind | null; onDone: (saved: DeadlineKind | null) => void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [key, setKey] = useState(kind?.key ?? '');
  const [keyMissing, setKeyMissing] = useState(false);
  const [labelEn, setLabelEn] = useState(kind?.labels.en ?? '');
  const [labelSrLatn, setLabelSrLatn] = useState(kind?.labels.srLatn ?? '');
  const [labelSrCyrl, setLabelSrCyrl] = useState(kind && !kind.labels.srCyrlDerived ? kind.labels.srCyrl : '');
  const [days, setDays] = useState(kind ? String(kind.days) : '');
  const [hard, setHard] = useState(kind?.hard ?? true);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const save = useMutation({
    mutationFn: () => updateDeadlineKind(key.trim(), kindRequest({ labelEn, labelSrLatn, labelSrCyrl, days, hard })),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: adminKeys.deadlineKinds() });
      onDone(saved);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    // An empty key would address the list, not a kind: caught here rather than sent.
    const missing = key.trim() === '';
    setKeyMissing(missing);
    if (!missing) save.mutate();
  }
  const error = save.error;
  const derived = labelSrLatn.trim() === '' ? '' : toCyrillic(labelSrLatn.trim());
  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby="kind-form-title" style={{ marginBottom: '1rem' }}>
      <h2 id="kind-form-title" tabIndex={-1} ref={heading} style={{ gridColumn: '1 / -1', margin: 0 }}>
        {kind ? t('kinds.editTitle', { key: kind.key }) : t('kinds.addTitle')}
      </h2>
      <FormError error={error} fields={fields} className="admin-form-wide" />
      {!kind && (
        <Field
          id="kind-key"
          label={t('kinds.fields.key')}
          hint={t('kinds.fields.keyHint')}
          errors={keyMissing ? [t('kinds.fields.keyRequired')] : fieldErrors(error, 'key')}
        >
          {(a11y) => <input {...a11y} className="mono" value={key} maxLength={64} autoComplete="off" spellCheck={false} onChange={(e) => setKey(e.target.value)} />}
        </Field>
      )}
      <Field id="kind-label-en" label={t('kinds.fields.labelEn')} errors={fieldErrors(error, 'labelEn')}>
        {(a11y) => <input {...a11y} lang="en" value={labelEn} maxLength={200} onChange={(e) => setLabelEn(e.target.value)} />}
      </Field>
      <Field id="kind-label-sr-latn" label={t('kinds.fields.labelSrLatn')} errors={fieldErrors(error, 'labelSrLatn')}>
        {(a11y) => <input {...a11y} lang="sr-Latn" value={labelSrLatn} maxLength={200} onChange={(e) => setLabelSrLatn(e.target.value)} />}
      </Field>
      <Field
        id="kind-label-sr-cyrl"
        label={t('kinds.fields.labelSrCyrl')}
        errors={fieldErrors(error, 'labelSrCyrl')}
        hint={derived ? t('kinds.fields.labelSrCyrlDerived', { derived }) : t('kinds.fields.labelSrCyrlHint')}
      >
        {(a11y) => <input {...a11y} lang="sr-Cyrl" value={labelSrCyrl} maxLength={200} placeholder={derived} onChange={(e) => setLabelSrCyrl(e.target.value)} />}
      </Field>
      <Field id="kind-days" label={t('kinds.fields.days')} errors={fieldErrors(error, 'days')} hint={t('kinds.fields.daysHint')}>
        {(a11y) => <input {...a11y} type="number" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />}
      </Field>
      <div className="field">
        <span className="checkbox-list">
          <label>
            <input type="checkbox" checked={hard} onChange={(e) => setHard(e.target.checked)} aria-describedby="kind-hard-hint" />
            {t('kinds.fields.hard')}
          </label>
        </span>
        <small id="kind-hard-hint">{t('kinds.fields.hardHint')}</small>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {tc('save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {tc('cancel')}
        </button>
      </div>
    </form>
  );
}
