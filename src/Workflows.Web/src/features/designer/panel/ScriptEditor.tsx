import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkScript } from '../model/jsCheck';

/** A JavaScript expression stored as { "js": "…" }; checked for syntax in the browser, never run. */
export function ScriptEditor({ id, source, onChange, describedBy }: { id: string; source: string; onChange: (js: string) => void; describedBy?: string }) {
  const { t } = useTranslation('designer');
  const error = useMemo(() => checkScript(source), [source]);
  return (
    <>
      <textarea id={id} className="mono" rows={3} value={source} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} aria-describedby={`${id}-js ${describedBy ?? ''}`} spellCheck={false} />
      {error ? <p id={`${id}-js`} className="field-error">{t('script.error', { message: error })}</p> : <small id={`${id}-js`}>{t('script.ok')}</small>}
    </>
  );
}
