import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayInBelgrade } from '../../lib/dates';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { referralKeys, referralsApi, vocabulary, type Referral } from './api';
import { actionsFor, answerRequest, completeRequest, emptyAnswerForm, type AnswerForm } from './requests';

/** What staff may still do with a referral: record the partner's phoned answer, withdraw, complete. */
export function ReferralActions({ referral, onDone }: { referral: Referral; onDone: (message: string) => void }) {
  const { t } = useTranslation('referrals');
  const client = useQueryClient();
  const [open, setOpen] = useState<'answer' | 'complete' | 'withdraw' | null>(null);
  const allowed = actionsFor(referral);
  const partner = referral.partnerName ?? '';
  const done = async (message: string) => {
    await client.invalidateQueries({ queryKey: referralKeys.ofCase(referral.caseId) });
    // Served records services delivered on the case.
    await client.invalidateQueries({ queryKey: referralKeys.servicesOfCase(referral.caseId) });
    setOpen(null);
    onDone(message);
  };
  const withdraw = useMutation({ mutationFn: () => referralsApi.withdraw(referral.id), onSuccess: () => done(t('withdraw.saved')) });
  if (!allowed.answer && !allowed.withdraw && !allowed.complete) return null;
  return (
    <div className="referral-actions" role="group" aria-label={t('actions', { partner })}>
      <div className="row">
        {allowed.answer && (
          <button type="button" aria-expanded={open === 'answer'} onClick={() => setOpen(open === 'answer' ? null : 'answer')}>
            {t('answer.open')}
          </button>
        )}
        {allowed.complete && (
          <button type="button" aria-expanded={open === 'complete'} onClick={() => setOpen(open === 'complete' ? null : 'complete')}>
            {t('complete.open')}
          </button>
        )}
        {allowed.withdraw && (
          <button type="button" onClick={() => setOpen('withdraw')}>
            {t('withdraw.button')}
          </button>
        )}
      </div>
      {open === 'answer' && <AnswerFormView referral={referral} onSaved={() => done(t('answer.saved'))} />}
      {open === 'complete' && <CompleteFormView referral={referral} onSaved={() => done(t('complete.saved'))} />}
      {open === 'withdraw' && (
        <ConfirmDialog
          title={t('withdraw.button')}
          confirmLabel={t('withdraw.button')}
          danger
          busy={withdraw.isPending}
          onConfirm={() => withdraw.mutate()}
          onCancel={() => setOpen(null)}
        >
          <p>{t('withdraw.confirm', { partner })}</p>
          <ErrorMessage error={withdraw.error} />
        </ConfirmDialog>
      )}
    </div>
  );
}

const answerFields = ['answer', 'appointmentAt', 'declineReason', 'note'];

function AnswerFormView({ referral, onSaved }: { referral: Referral; onSaved: () => void }) {
  const { t } = useTranslation('referrals');
  const [form, setForm] = useState<AnswerForm>(emptyAnswerForm);
  const set = <K extends keyof AnswerForm>(key: K) => (value: AnswerForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({ mutationFn: () => referralsApi.recordAnswer(referral.id, answerRequest(form)), onSuccess: onSaved });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="referrals-form" onSubmit={submit} noValidate aria-label={t('answer.open')}>
      <SelectField
        label={t('answer.answer')}
        value={form.answer}
        onChange={set('answer')}
        options={vocabulary.answers.map((a) => ({ value: a, label: t(`status.${a}`) }))}
        errors={errorsFor('answer')}
      />
      {form.answer === 'accepted' ? (
        <TextField label={t('answer.appointment')} type="datetime-local" value={form.appointmentAt} onChange={set('appointmentAt')} errors={errorsFor('appointmentAt')} />
      ) : (
        <SelectField
          label={t('answer.declineReason')}
          value={form.declineReason}
          onChange={set('declineReason')}
          placeholder={t('answer.chooseReason')}
          options={vocabulary.declineReasons.map((r) => ({ value: r, label: t(`declineReason.${r}`) }))}
          errors={errorsFor('declineReason')}
        />
      )}
      <TextField label={t('answer.note')} value={form.note} onChange={set('note')} errors={errorsFor('note')} />
      <FormError error={save.error} fields={answerFields} className="wide" />
      <div className="row wide">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('answer.submit')}
        </button>
      </div>
    </form>
  );
}

const completeFields = ['outcome', 'servedOn'];

function CompleteFormView({ referral, onSaved }: { referral: Referral; onSaved: () => void }) {
  const { t } = useTranslation('referrals');
  const [outcome, setOutcome] = useState('served');
  const [servedOn, setServedOn] = useState(() => todayInBelgrade());
  const save = useMutation({ mutationFn: () => referralsApi.complete(referral.id, completeRequest(outcome, servedOn)), onSuccess: onSaved });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="referrals-form" onSubmit={submit} noValidate aria-label={t('complete.open')}>
      <SelectField
        label={t('complete.outcome')}
        value={outcome}
        onChange={setOutcome}
        options={vocabulary.outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        errors={errorsFor('outcome')}
      />
      {outcome === 'served' && (
        <TextField label={t('complete.servedOn')} type="date" value={servedOn} onChange={setServedOn} hint={t('complete.servedHint')} errors={errorsFor('servedOn')} />
      )}
      <FormError error={save.error} fields={completeFields} className="wide" />
      <div className="row wide">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('complete.submit')}
        </button>
      </div>
    </form>
  );
}
