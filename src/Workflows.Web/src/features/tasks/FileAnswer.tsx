import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documentContentUrl, listCaseDocuments, taskKeys } from './api';

/**
 * A file field's answer is a document id; people need the file's name and a way to open it. The name is sealed
 * on the server, so it is read from the case's documents list (shared by every file answer of the task).
 */
export function FileAnswer({ caseId, documentId }: { caseId: string | null; documentId: string }) {
  const { t } = useTranslation('tasks');
  const documents = useQuery({
    queryKey: taskKeys.caseDocuments(caseId ?? ''),
    queryFn: ({ signal }) => listCaseDocuments(caseId ?? '', signal),
    enabled: caseId !== null,
    staleTime: 60_000,
  });
  if (caseId !== null && documents.isPending) return <span className="muted">{t('result.fileLoading')}</span>;
  const document = documents.data?.find((d) => d.id === documentId);
  // Never the raw id: a document this reader may not list (or that is gone) is named as such.
  if (!document) return <span className="muted">{t('result.fileUnavailable')}</span>;
  if (document.deletedAt) {
    return (
      <span>
        <span className="task-file-name">{document.fileName}</span> <span className="muted">{t('result.fileDeleted')}</span>
      </span>
    );
  }
  return (
    <a className="task-file-name" href={documentContentUrl(document.id)} download={document.fileName}>
      {document.fileName}
    </a>
  );
}
