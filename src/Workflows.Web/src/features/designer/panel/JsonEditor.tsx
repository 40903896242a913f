import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';

/** Any JSON value as text; applied only when it parses, so a half-typed value never reaches the definition. */
export function JsonEditor({ id, value, onChange, describedBy }: { id: string; value: Json | undefined; onChange: (v: Json | undefined) => void; describedBy?: string }) {
  const { t } = useTranslation('designer');
  const [text, setText] = useState(value === undefined ? '' : JSON.stringify(value, null, 2));
  const [error, setError] = useState<string | null>(null);
  function apply(next: string) {
    setText(next);
    if (next.trim() === '') {
      setError(null);
      onChange(undefined);
      return;
    }
    try {
      onChange(JSON.parse(next) as Json);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <>
      <textarea id={id} className="mono" rows={4} value={text} onChange={(e) => apply(e.target.value)} aria-invalid={!!error} aria-describedby={describedBy} spellCheck={false} />
      {error && <p className="field-error">{t('json.error', { message: error })}</p>}
    </>
  );
}
