import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field } from '../../ui/form/Field';
import type { TaskFormFieldDefinition } from './api';
import { maxDocumentBytes, uploadTaskDocument, type UploadedDocument } from './api';
import { documentKindOf } from './formFields';

interface Props {
  field: TaskFormFieldDefinition;
  id: string;
  label: ReactNode;
  /** The task the document is uploaded for, and its case (null: a task without a case cannot take a file). */
  task: { id: string; caseId: string | null };
  /** The uploaded document's id, the field's answer. */
  value: string | undefined;
  onChange: (documentId: string) => void;
  errors: string[];
  disabled?: boolean;
}

/**
 * A file field uploads as soon as a file is chosen (to the task's case, tied to the task, of the field's document
 * kind); the form then completes the task with the document's id. Choosing another file uploads that one instead.
 */
export function FileFieldInput({ field, id, label, task, value, onChange, errors, disabled }: Props) {
  const { t } = useTranslation('tasks');
  const [uploaded, setUploaded] = useState<UploadedDocument | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => uploadTaskDocument(task.caseId ?? '', task.id, file, documentKindOf(field)),
    onSuccess: (document) => {
      setUploaded(document);
      onChange(document.id);
    },
  });

  const failure = upload.error instanceof ApiError ? upload.error : null;
  const uploadErrors = [
    ...(tooLarge ? [t('fileField.tooLarge')] : []),
    ...(failure ? [...failure.forField('file'), ...failure.forField('kind'), ...failure.forField('taskId')] : []),
    ...(failure && Object.keys(failure.fieldErrors).length === 0 ? [failure.status === 413 ? t('fileField.tooLarge') : (failure.detail ?? failure.title)] : []),
    ...(upload.error && !failure ? [t('fileField.failed')] : []),
  ];
  const shown = uploaded && uploaded.id === value ? uploaded : null;

  function choose(file: File | undefined) {
    upload.reset();
    setTooLarge(false);
    if (!file) return;
    if (file.size > maxDocumentBytes) {
      setTooLarge(true);
      return;
    }
    upload.mutate(file);
  }

  if (!task.caseId) {
    return (
      <Field id={id} label={label} errors={errors}>
        {(a11y) => (
          <p {...a11y} className="muted">
            {t('fileField.noCase')}
          </p>
        )}
      </Field>
    );
  }

  return (
    <Field id={id} label={label} errors={[...uploadErrors, ...errors]} hint={t('fileField.hint', { kind: t(`documents:kinds.${documentKindOf(field)}`, { defaultValue: documentKindOf(field) }) })}>
      {(a11y) => (
        <>
          <input
            {...a11y}
            type="file"
            name={field.name}
            disabled={disabled || upload.isPending}
            accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods"
            onChange={(e) => choose(e.target.files?.[0])}
          />
          {upload.isPending && (
            <span role="status" className="muted">
              {t('fileField.uploading')}
            </span>
          )}
          {shown && (
            <span role="status" className="task-file-uploaded">
              {t('fileField.uploaded', { name: shown.fileName })}
            </span>
          )}
        </>
      )}
    </Field>
  );
}
