import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { hasRole } from '../../auth/types';
import type { CaseSectionProps } from '../../lib/caseSections';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/form/Field';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { SelectField } from '../../ui/form/SelectField';
import { Loading } from '../../ui/Loading';
import { documentKeys, documentKinds, documentsApi, formatSize, maxBytes, type CaseDocument } from './api';
import './documents.css';

// The case page's story tells of documents: refresh it (the cases feature's query key, by its public shape).
const caseDetail = (caseId: string) => ['cases', 'detail', caseId];

/** Files on the case: upload (typed by content on the server, at most 20 MB), download (audited), delete (the record stays). */
export function DocumentsSection({ caseId }: CaseSectionProps) {
  const { t } = useTranslation('documents');
  const { me } = useSession();
  const [status, setStatus] = useState('');
  const list = useQuery({ queryKey: documentKeys.ofCase(caseId), queryFn: ({ signal }) => documentsApi.list(caseId, signal) });
  const mayWrite = hasRole(me, 'Coordinator', 'CaseManager', 'Lawyer');
  return (
    <section className="card case-section-wide documents-section" aria-labelledby="case-documents">
      <h2 id="case-documents">{t('title')}</h2>
      {mayWrite && <UploadForm caseId={caseId} onUploaded={(name) => setStatus(t('uploaded', { name, interpolation: { escapeValue: false } }))} />}
      <p role="status" className="documents-status">
        {status}
      </p>
      <ErrorMessage error={list.error} />
      {list.isPending && <Loading />}
      {list.data?.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="document-list">
        {list.data?.map((d) => (
          <DocumentItem key={d.id} caseId={caseId} document={d} mayWrite={mayWrite} onDeleted={(name) => setStatus(t('deleted', { name, interpolation: { escapeValue: false } }))} />
        ))}
      </ul>
    </section>
  );
}

function DocumentItem({ caseId, document: d, mayWrite, onDeleted }: { caseId: string; document: CaseDocument; mayWrite: boolean; onDeleted: (name: string) => void }) {
  const { t, i18n } = useTranslation('documents');
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => documentsApi.remove(d.id),
    onSuccess: async () => {
      setConfirming(false);
      await Promise.all([client.invalidateQueries({ queryKey: documentKeys.ofCase(caseId) }), client.invalidateQueries({ queryKey: caseDetail(caseId) })]);
      onDeleted(d.fileName);
    },
  });
  const deleted = !!d.deletedAt;
  return (
    <li className={deleted ? 'document-item document-deleted' : 'document-item'}>
      <div className="document-head">
        {deleted ? <span className="document-name">{d.fileName}</span> : <a className="document-name" href={documentsApi.contentUrl(d.id)} download={d.fileName}>{d.fileName}</a>}
        <span className="muted">{t(`kinds.${d.kind}`, { defaultValue: d.kind })}</span>
      </div>
      <p className="muted">
        {formatSize(d.sizeBytes, i18n.language)} · <DateTime value={d.uploadedAt} />
        {d.uploadedByName && <> · {t('by', { name: d.uploadedByName, interpolation: { escapeValue: false } })}</>}
        {d.deletedAt && (
          <>
            {' · '}
            {t('deletedOn')} <DateTime value={d.deletedAt} />
          </>
        )}
      </p>
      {mayWrite && !deleted && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('delete')}
          <span className="visually-hidden"> {d.fileName}</span>
        </button>
      )}
      {confirming && (
        <ConfirmDialog title={t('delete')} confirmLabel={t('delete')} danger busy={remove.isPending} onConfirm={() => remove.mutate()} onCancel={() => setConfirming(false)}>
          <p>{t('deleteConfirm', { name: d.fileName, interpolation: { escapeValue: false } })}</p>
          <ErrorMessage error={remove.error} />
        </ConfirmDialog>
      )}
    </li>
  );
}

function UploadForm({ caseId, onUploaded }: { caseId: string; onUploaded: (name: string) => void }) {
  const { t } = useTranslation('documents');
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState('');
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => documentsApi.upload(caseId, chosen, kind),
    onSuccess: async (d) => {
      setFile(null);
      setKind('');
      if (input.current) input.current.value = '';
      await Promise.all([client.invalidateQueries({ queryKey: documentKeys.ofCase(caseId) }), client.invalidateQueries({ queryKey: caseDetail(caseId) })]);
      onUploaded(d.fileName);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    // Checked here too so nobody waits for 20 MB to go up only to be refused.
    if (file.size > maxBytes) {
      setTooLarge(true);
      return;
    }
    upload.mutate(file);
  };
  const fileErrors = [...(tooLarge ? [t('tooLarge')] : []), ...fieldErrors(upload.error, 'file')];
  return (
    <form className="document-form" onSubmit={submit} noValidate aria-label={t('upload')}>
      <Field label={t('file')} hint={t('fileHint')} errors={fileErrors}>
        {(a11y) => (
          <input
            {...a11y}
            ref={input}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,.doc,.docx,.xls,.xlsx,.pptx,.odt,.ods"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setTooLarge(false);
            }}
          />
        )}
      </Field>
      <SelectField
        label={t('kind')}
        value={kind}
        onChange={setKind}
        placeholder={t('chooseKind')}
        options={documentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        errors={fieldErrors(upload.error, 'kind')}
      />
      <FormError error={upload.error} fields={['file', 'kind', 'taskId']} fixFields={t('fixFields')} forbidden={t('forbidden')} />
      <div className="row">
        <button type="submit" className="primary" disabled={upload.isPending || !file}>
          {upload.isPending ? t('uploading') : t('submit')}
        </button>
      </div>
    </form>
  );
}
