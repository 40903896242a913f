import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDate } from '../../i18n/format';
import { deadlineMarks } from './agenda';
import { CaseLink } from './AgendaList';
import { completeDeadline, dismissDeadline, moveDeadline, type Deadline } from './api';
import type { Day } from '../../lib/dates';
import { Dialog } from './Dialog';
import { Field } from '../../ui/form/Field';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { FormError } from '../../ui/form/FormError';
import { useDeadlineKindLabel } from './labels';
import { DeadlineBadges } from './Marks';

interface Props {
  deadline: Deadline;
  today: Day;
  caseId: string | undefined;
  canAct: boolean;
  /** Moving or dismissing needs a coordinator's approval; their own call is it. */
  coordinates: boolean;
  onClose: () => void;
}

export function DeadlineDialog({ deadline: initial, today, caseId, canAct, coordinates, onClose }: Props) {
  const { t, i18n } = useTranslation('legal');
  const kindLabel = useDeadlineKindLabel();
  const client = useQueryClient();
  const [deadline, setDeadline] = useState(initial);
  const [mode, setMode] = useState<'view' | 'move' | 'dismiss'>('view');
  const marks = deadlineMarks(deadline, today);
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, i18n.language);

  const saved = (d: Deadline) => {
    setDeadline(d);
    setMode('view');
    void client.invalidateQueries({ queryKey: ['legal', 'deadlines'] });
  };
  const complete = useMutation({ mutationFn: () => completeDeadline(deadline.id), onSuccess: saved });

  return (
    <Dialog title={t('deadline.detailTitle', { kind: kindLabel(deadline.kind), code: deadline.caseCode })} onClose={onClose}>
      <dl className="legal-facts">
        <dt>{t('deadline.kind')}</dt>
        <dd>{kindLabel(deadline.kind)}</dd>
        <dt>{t('deadline.servedOn')}</dt>
        <dd>{day(deadline.servedOn)}</dd>
        <dt>{t('deadline.lastDay')}</dt>
        <dd>{day(deadline.dueOn)}</dd>
        <dt>{t('list.case')}</dt>
        <dd>
          <CaseLink caseId={caseId} code={deadline.caseCode} />
        </dd>
        <dt>{t('list.status')}</dt>
        <dd>
          {t(`deadline.status.${deadline.status}`, deadline.status)} <DeadlineBadges marks={marks} status={deadline.status} workingDaysLeft={deadline.workingDaysLeft} />
        </dd>
      </dl>
      {marks.hard && <p className="legal-hard-note">{t('deadline.hardExplained')}</p>}

      {marks.open && mode === 'view' && (
        <div className="row">
          {canAct && (
            <button type="button" className="primary" onClick={() => complete.mutate()} disabled={complete.isPending}>
              {t('deadline.complete')}
            </button>
          )}
          {coordinates && (
            <>
              <button type="button" onClick={() => setMode('move')}>
                {t('deadline.move')}
              </button>
              <button type="button" className="danger" onClick={() => setMode('dismiss')}>
                {t('deadline.dismiss')}
              </button>
            </>
          )}
        </div>
      )}
      <ErrorMessage error={complete.error} />
      {mode !== 'view' && <ChangeForm deadline={deadline} move={mode === 'move'} onSaved={saved} onBack={() => setMode('view')} />}
    </Dialog>
  );
}

function ChangeForm({ deadline, move, onSaved, onBack }: { deadline: Deadline; move: boolean; onSaved: (d: Deadline) => void; onBack: () => void }) {
  const { t } = useTranslation('legal');
  const [dueOn, setDueOn] = useState(deadline.dueOn);
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: () => (move ? moveDeadline(deadline.id, { dueOn: dueOn || null, reason }) : dismissDeadline(deadline.id, { reason })),
    onSuccess: onSaved,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <form className="stack legal-form" onSubmit={submit} noValidate>
      <h3>{move ? t('deadline.move') : t('deadline.dismiss')}</h3>
      {move && (
        <Field id="legal-dueOn" label={t('deadline.newLastDay')} errors={fieldErrors(change.error, 'dueOn')}>
          {(a11y) => <input {...a11y} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required />}
        </Field>
      )}
      <Field id="legal-reason" label={t('deadline.reason')} hint={t('deadline.reasonHint')} errors={fieldErrors(change.error, 'reason')}>
        {(a11y) => <textarea {...a11y} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} />}
      </Field>
      <FormError error={change.error} fields={['dueOn', 'reason']} />
      <div className="row">
        <button type="submit" className={move ? 'primary' : 'danger'} disabled={change.isPending}>
          {move ? t('deadline.saveMove') : t('deadline.saveDismiss')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </form>
  );
}
