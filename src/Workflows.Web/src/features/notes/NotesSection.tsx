import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { hasRole } from '../../auth/types';
import type { CaseSectionProps } from '../../lib/caseSections';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/form/Field';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { Loading } from '../../ui/Loading';
import { ApiError } from '../../api/client';
import { noteKeys, notesApi, splitNotes, type CaseNote } from './api';
import './notes.css';

const maxLength = 4000;
// The case page's story tells of new notes: refresh it (the cases feature's query key, by its public shape).
const caseDetail = (caseId: string) => ['cases', 'detail', caseId];

/** The case's notes: the team and coordinators read them (each read audited); a correction appends, the original stays. */
export function NotesSection({ caseId }: CaseSectionProps) {
  const { t } = useTranslation('notes');
  const { me } = useSession();
  const [status, setStatus] = useState('');
  const list = useQuery({ queryKey: noteKeys.ofCase(caseId), queryFn: ({ signal }) => notesApi.list(caseId, signal), retry: false });
  const mayWrite = hasRole(me, 'Coordinator', 'CaseManager', 'Lawyer');
  // Off the team (a director, an admin) the notes are not shown at all, like another team's case.
  if (list.error instanceof ApiError && list.error.status === 404) return null;
  const { current, corrected } = splitNotes(list.data ?? []);
  return (
    <section className="card case-section-wide notes-section" aria-labelledby="case-notes">
      <h2 id="case-notes">{t('title')}</h2>
      {mayWrite && <NoteForm caseId={caseId} onSaved={() => setStatus(t('saved'))} />}
      <p role="status" className="notes-status">
        {status}
      </p>
      <ErrorMessage error={list.error} />
      {list.isPending && <Loading />}
      {list.data && current.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="note-list">
        {current.map((n) => (
          <NoteItem key={n.id} caseId={caseId} note={n} mayWrite={mayWrite} onCorrected={() => setStatus(t('corrected'))} />
        ))}
      </ul>
      {corrected.length > 0 && (
        <details>
          <summary>{t('history', { count: corrected.length })}</summary>
          <ul className="note-list">
            {corrected.map((n) => (
              <li key={n.id} className="note-item note-corrected">
                <NoteText note={n} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function NoteText({ note }: { note: CaseNote }) {
  const { t } = useTranslation('notes');
  return (
    <>
      <p className="note-text">{note.text}</p>
      <p className="muted">
        <DateTime value={note.writtenAt} /> · {note.writtenByName ?? t('someone')}
        {note.corrects && <> · {t('correctionOf')}</>}
        {!note.current && <> · {t('correctedLabel')}</>}
      </p>
    </>
  );
}

function NoteItem({ caseId, note, mayWrite, onCorrected }: { caseId: string; note: CaseNote; mayWrite: boolean; onCorrected: () => void }) {
  const { t } = useTranslation('notes');
  const [correcting, setCorrecting] = useState(false);
  return (
    <li className="note-item">
      <NoteText note={note} />
      {mayWrite && !correcting && (
        <button type="button" onClick={() => setCorrecting(true)}>
          {t('correct')}
        </button>
      )}
      {correcting && (
        <NoteForm
          caseId={caseId}
          original={note}
          onSaved={() => {
            setCorrecting(false);
            onCorrected();
          }}
          onCancel={() => setCorrecting(false)}
        />
      )}
    </li>
  );
}

function NoteForm({ caseId, original, onSaved, onCancel }: { caseId: string; original?: CaseNote; onSaved: () => void; onCancel?: () => void }) {
  const { t } = useTranslation('notes');
  const client = useQueryClient();
  const [text, setText] = useState(original?.text ?? '');
  const save = useMutation({
    mutationFn: () => notesApi.write(caseId, text, original?.id),
    onSuccess: async () => {
      setText('');
      await Promise.all([client.invalidateQueries({ queryKey: noteKeys.ofCase(caseId) }), client.invalidateQueries({ queryKey: caseDetail(caseId) })]);
      onSaved();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="note-form" onSubmit={submit} noValidate aria-label={original ? t('correction') : t('add')}>
      <Field label={original ? t('correction') : t('add')} hint={t('textHint')} errors={fieldErrors(save.error, 'text')}>
        {(a11y) => <textarea {...a11y} rows={3} maxLength={maxLength} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <FormError error={save.error} fields={['text', 'corrects']} fixFields={t('fixFields')} forbidden={t('forbidden')} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {original ? t('saveCorrection') : t('save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
