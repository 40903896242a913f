import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';

const fieldTypes = ['text', 'number', 'date', 'boolean', 'choice'];
type Field = { [key: string]: Json };

/** A task's form: [{ name, label, type, required, options }], in order. */
export function FormFieldsEditor({ value, onChange }: { value: Json | undefined; onChange: (v: Json | undefined) => void }) {
  const { t } = useTranslation('designer');
  const fields: Field[] = Array.isArray(value) ? (value.filter((f) => f && typeof f === 'object' && !Array.isArray(f)) as Field[]) : [];
  const emit = (next: Field[]) => onChange(next.length ? next : undefined);
  const set = (i: number, patch: Field) =>
    emit(fields.map((f, j) => {
      if (j !== i) return f;
      const next: Field = { ...f, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === null || v === '' || v === false) delete next[k];
      return next;
    }));
  const move = (i: number, d: number) => {
    const next = [...fields];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    emit(next);
  };
  return (
    <div className="designer-rows">
      {fields.map((f, i) => {
        const prefix = t('form.field', { n: i + 1 });
        return (
          <fieldset key={i} className="designer-row">
            <legend>{prefix}</legend>
            <label className="field"><span>{t('form.name')}</span>
              <input value={String(f.name ?? '')} onChange={(e) => set(i, { name: e.target.value })} /></label>
            <label className="field"><span>{t('form.label')}</span>
              <input value={String(f.label ?? '')} onChange={(e) => set(i, { label: e.target.value })} /></label>
            <label className="field"><span>{t('form.type')}</span>
              <select value={String(f.type ?? 'text')} onChange={(e) => set(i, { type: e.target.value })}>
                {fieldTypes.map((x) => <option key={x} value={x}>{t(`form.types.${x}`)}</option>)}
              </select></label>
            <label className="designer-check"><input type="checkbox" checked={f.required === true} onChange={(e) => set(i, { required: e.target.checked })} /> {t('form.required')}</label>
            {f.type === 'choice' && (
              <label className="field"><span>{t('form.options')}</span>
                <input value={Array.isArray(f.options) ? f.options.join(', ') : ''} onChange={(e) => set(i, { options: e.target.value.split(',').map((s) => s.trim()).filter(Boolean) })} />
                <small>{t('form.optionsHint')}</small></label>
            )}
            <div className="row">
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0}>{t('rows.up')}<span className="visually-hidden"> {prefix}</span></button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === fields.length - 1}>{t('rows.down')}<span className="visually-hidden"> {prefix}</span></button>
              <button type="button" className="danger" onClick={() => emit(fields.filter((_, j) => j !== i))}>{t('rows.remove')}<span className="visually-hidden"> {prefix}</span></button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => emit([...fields, { name: `field${fields.length + 1}`, label: '', type: 'text' }])}>{t('form.add')}</button>
    </div>
  );
}
