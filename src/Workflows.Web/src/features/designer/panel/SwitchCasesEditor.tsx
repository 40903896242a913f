import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';
import { ScriptEditor } from './ScriptEditor';
import { isScript } from './values';

type Case = { [key: string]: Json };

/** flow.switch cases: [{ outcome, condition: { js } }], first true wins; each outcome becomes a handle. */
export function SwitchCasesEditor({ id, value, onChange }: { id: string; value: Json | undefined; onChange: (v: Json | undefined) => void }) {
  const { t } = useTranslation('designer');
  const cases = Array.isArray(value) ? (value.filter((c) => c && typeof c === 'object' && !Array.isArray(c)) as Case[]) : [];
  const set = (i: number, patch: Case) => onChange(cases.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div className="designer-rows">
      {cases.map((c, i) => (
        <fieldset key={i} className="designer-row">
          <legend>{t('switch.case', { n: i + 1 })}</legend>
          <label className="field"><span>{t('switch.outcome')}</span>
            <input value={String(c.outcome ?? '')} onChange={(e) => set(i, { outcome: e.target.value })} /></label>
          <div className="field"><label htmlFor={`${id}-${i}`}>{t('switch.condition')}</label>
            <ScriptEditor id={`${id}-${i}`} source={isScript(c.condition) ? c.condition.js : ''} onChange={(js) => set(i, { condition: { js } })} /></div>
          <button type="button" className="danger" onClick={() => onChange(cases.filter((_, j) => j !== i))}>{t('rows.remove')}<span className="visually-hidden"> {t('switch.case', { n: i + 1 })}</span></button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...cases, { outcome: `Case${cases.length + 1}`, condition: { js: 'true' } }])}>{t('switch.add')}</button>
    </div>
  );
}
