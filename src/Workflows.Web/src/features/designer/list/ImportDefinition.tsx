import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { designerKeys, saveDraft, validateDefinition } from '../api';
import { parseDefinitionText } from '../model/importFile';
import type { WorkflowDefinition } from '../model/definition';
import type { Problem } from '../model/problems';
import { ProblemList } from '../editor/ProblemList';

/** Reads a definitions/ file, validates it with the engine, saves it as a draft and opens it; problems are listed, nothing is stored. */
export function ImportDefinition() {
  const { t } = useTranslation('designer');
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [invalid, setInvalid] = useState<WorkflowDefinition | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(file: File) {
    setMessage(null);
    setProblems([]);
    setInvalid(null);
    setError(null);
    const parsed = parseDefinitionText(await file.text());
    if ('error' in parsed) {
      setMessage(t(`import.${parsed.error}`, { detail: parsed.detail ?? '' }));
      return;
    }
    setBusy(true);
    try {
      const result = await validateDefinition(parsed.definition);
      if (!result.valid) {
        setProblems(result.problems);
        setInvalid(parsed.definition);
        return;
      }
      await saveDraft(parsed.definition);
      await queryClient.invalidateQueries({ queryKey: designerKeys.all });
      navigate(`/designer/${encodeURIComponent(parsed.definition.definitionId)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <section className="card designer-import" aria-labelledby="designer-import-heading">
      <h2 id="designer-import-heading">{t('import.title')}</h2>
      <label className="field">
        <span>{t('import.file')}</span>
        <input ref={input} type="file" accept=".json,application/json" disabled={busy} onChange={(e) => e.target.files?.[0] && void onFile(e.target.files[0])} />
        <small>{t('import.hint')}</small>
      </label>
      {message && <p role="alert" className="error">{message}</p>}
      <ErrorMessage error={error} />
      {problems.length > 0 && invalid && (
        <div role="alert">
          <p className="error">{t('import.invalid', { count: problems.length })}</p>
          <ProblemList problems={problems} />
          <button type="button" onClick={() => navigate(`/designer/${encodeURIComponent(invalid.definitionId)}`, { state: { draft: invalid } })}>
            {t('import.openAnyway')}
          </button>
        </div>
      )}
    </section>
  );
}
