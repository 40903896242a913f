import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime } from '../../i18n/format';
import { hearingState } from './agenda';
import { CaseLink } from './AgendaList';
import { cancelHearing, getHearing, hearingKinds, legalKeys, updateHearing, type Hearing, type HearingItem } from './api';
import { belgradeLocalToIso, isoToBelgradeLocal } from '../../lib/dates';
import { Dialog } from './Dialog';
import { Field } from '../../ui/form/Field';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { FormError } from '../../ui/form/FormError';
import { ConfirmCheckbox } from '../../ui/form/ConfirmCheckbox';
import { useHearingKindLabel } from './labels';
import { HearingBadge } from './Marks';

interface Props {
  item: HearingItem;
  canAct: boolean;
  onClose: () => void;
}

export function HearingDialog({ item, canAct, onClose }: Props) {
  const { t, i18n } = useTranslation('legal');
  const hearingKind = useHearingKindLabel();
  const client = useQueryClient();
  const detail = useQuery({ queryKey: legalKeys.hearing(item.id), queryFn: ({ signal }) => getHearing(item.id, signal) });
  const [mode, setMode] = useState<'view' | 'reschedule' | 'cancel'>('view');

  // What the server last said about this hearing wins over the list row it was opened from.
  const full: Hearing | null = detail.data ?? null;
  const current = full ?? item;
  const state = hearingState(current);

  const saved = (hearing: Hearing) => {
    client.setQueryData(legalKeys.hearing(hearing.id), hearing);
    void client.invalidateQueries({ queryKey: ['legal', 'hearings'] });
    setMode('view');
  };

  return (
    <Dialog title={t('hearing.detailTitle', { kind: hearingKind(current.kind), code: current.caseCode })} onClose={onClose}>
      <dl className="legal-facts">
        <dt>{t('hearing.when')}</dt>
        <dd>
          <time dateTime={current.startsAt}>{formatDateTime(current.startsAt, i18n.language)}</time> <span className="muted">({t('belgradeTime')})</span>
        </dd>
        <dt>{t('list.court')}</dt>
        <dd>{current.court}</dd>
        <dt>{t('hearing.kind')}</dt>
        <dd>{hearingKind(current.kind)}</dd>
        <dt>{t('list.room')}</dt>
        <dd>{current.room ?? '—'}</dd>
        <dt>{t('list.case')}</dt>
        <dd>
          <CaseLink caseId={current.caseId} code={current.caseCode} />
        </dd>
        <dt>{t('list.status')}</dt>
        <dd>
          <HearingBadge state={state} />
        </dd>
        {full?.notes && (
          <>
            <dt>{t('hearing.notes')}</dt>
            <dd className="legal-notes">{full.notes}</dd>
          </>
        )}
      </dl>

      <h3>{t('hearing.history')}</h3>
      {detail.isPending ? (
        <p className="muted">{t('loading')}</p>
      ) : full ? (
        <ol className="legal-history">
          {full.history.map((c) => (
            <li key={`${c.at}-${c.change}`}>
              <strong>{t(`hearing.change.${c.change}`, c.change)}</strong> — {formatDateTime(c.at, i18n.language)}: {t('hearing.changeSummary', { when: formatDateTime(c.startsAt, i18n.language), kind: hearingKind(c.kind) })}
              {c.room ? `, ${c.room}` : ''}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('hearing.historyUnavailable', { revision: current.revision })}</p>
      )}

      {canAct && state !== 'cancelled' && mode === 'view' && (
        <div className="row">
          <button type="button" className="primary" onClick={() => setMode('reschedule')}>
            {t('hearing.reschedule')}
          </button>
          <button type="button" className="danger" onClick={() => setMode('cancel')}>
            {t('hearing.cancel')}
          </button>
        </div>
      )}
      {mode === 'reschedule' && <RescheduleForm hearing={current} notes={full ? full.notes : undefined} onSaved={saved} onBack={() => setMode('view')} />}
      {mode === 'cancel' && <CancelConfirm id={current.id} onSaved={saved} onBack={() => setMode('view')} />}
    </Dialog>
  );
}

function RescheduleForm({
  hearing,
  notes,
  onSaved,
  onBack,
}: {
  hearing: HearingItem;
  /** Undefined when the current notes could not be loaded: saving then replaces them. */
  notes: string | null | undefined;
  onSaved: (h: Hearing) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation('legal');
  const hearingKind = useHearingKindLabel();
  const [startsAt, setStartsAt] = useState(isoToBelgradeLocal(hearing.startsAt));
  const [kind, setKind] = useState(hearing.kind);
  const [room, setRoom] = useState(hearing.room ?? '');
  const [text, setText] = useState(notes ?? '');
  const [confirmNonWorkingDay, setConfirmNonWorkingDay] = useState(false);
  const save = useMutation({
    // An unparseable local time goes to the API as typed, so its own message explains the format.
    mutationFn: () =>
      updateHearing(hearing.id, { startsAt: belgradeLocalToIso(startsAt) ?? startsAt, kind, room: room.trim() || null, notes: text || null, confirmNonWorkingDay: confirmNonWorkingDay || null }),
    onSuccess: onSaved,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack legal-form" onSubmit={submit} noValidate>
      <h3>{t('hearing.reschedule')}</h3>
      <Field id="legal-startsAt" label={t('hearing.startsAt')} hint={t('belgradeTime')} errors={fieldErrors(save.error, 'startsAt')}>
        {(a11y) => <input {...a11y} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />}
      </Field>
      <ConfirmCheckbox
        id="legal-confirm-non-working-day"
        error={save.error}
        flag="nonWorkingDay"
        checked={confirmNonWorkingDay}
        onChange={setConfirmNonWorkingDay}
        label={t('hearing.confirmNonWorkingDay')}
      />
      <Field id="legal-kind" label={t('hearing.kind')} errors={fieldErrors(save.error, 'kind')}>
        {(a11y) => (
          <select {...a11y} value={kind} onChange={(e) => setKind(e.target.value)}>
            {hearingKinds.map((k) => (
              <option key={k} value={k}>
                {hearingKind(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="legal-room" label={t('list.room')} errors={fieldErrors(save.error, 'room')}>
        {(a11y) => <input {...a11y} value={room} onChange={(e) => setRoom(e.target.value)} maxLength={100} />}
      </Field>
      <Field id="legal-notes" label={t('hearing.notes')} hint={notes === undefined ? t('hearing.notesReplace') : undefined} errors={fieldErrors(save.error, 'notes')}>
        {(a11y) => <textarea {...a11y} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <FormError error={save.error} fields={['startsAt', 'kind', 'room', 'notes']} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('hearing.saveReschedule')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </form>
  );
}

function CancelConfirm({ id, onSaved, onBack }: { id: string; onSaved: (h: Hearing) => void; onBack: () => void }) {
  const { t } = useTranslation('legal');
  const cancel = useMutation({ mutationFn: () => cancelHearing(id), onSuccess: onSaved });
  return (
    <div className="stack legal-form" role="group" aria-labelledby="legal-cancel-title">
      <h3 id="legal-cancel-title">{t('hearing.cancelConfirmTitle')}</h3>
      <p>{t('hearing.cancelConfirm')}</p>
      <ErrorMessage error={cancel.error} />
      <div className="row">
        <button type="button" className="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
          {t('hearing.cancelYes')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </div>
  );
}
