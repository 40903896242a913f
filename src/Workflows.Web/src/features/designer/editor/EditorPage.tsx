import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { useActivityTypes, useDefinition } from '../api';
import type { WorkflowDefinition } from '../model/definition';
import { Editor } from './Editor';
import '../designer.css';

/** Opens a stored definition, or a new or imported one that is not stored yet (handed over in the navigation state). */
export function EditorPage() {
  const { t } = useTranslation('designer');
  const { definitionId = '' } = useParams();
  const location = useLocation();
  const handedOver = (location.state as { draft?: WorkflowDefinition } | null)?.draft;
  const draft = handedOver?.definitionId === definitionId ? handedOver : undefined;
  const types = useActivityTypes();
  const stored = useDefinition(definitionId);
  const missing = stored.error instanceof ApiError && stored.error.status === 404;

  let body;
  if (types.isPending || (stored.isPending && !draft)) body = <Loading />;
  else if (types.error) body = <ErrorMessage error={types.error} />;
  else if (draft && (missing || stored.data || stored.isPending))
    body = <Editor key={`draft:${definitionId}`} definition={draft} details={stored.data ?? null} types={types.data} />;
  else if (stored.data) body = <Editor key={definitionId} definition={stored.data.definition} details={stored.data} types={types.data} />;
  else body = <ErrorMessage error={stored.error} />;

  const name = draft?.name ?? stored.data?.name ?? definitionId;
  return (
    <div className="page designer-page">
      <nav aria-label={t('editor.breadcrumb')} className="designer-breadcrumb">
        <Link to="/designer">{t('list.title')}</Link> / <span>{definitionId}</span>
      </nav>
      <h1>{t('editor.title', { name })}</h1>
      {body}
    </div>
  );
}
