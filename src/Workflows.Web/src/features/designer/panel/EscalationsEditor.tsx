import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';
import { DurationEditor } from './DurationEditor';
import { RolePicker } from './RolePicker';
import { roleNames } from './roles';

type Rule = { [key: string]: Json };
const notifyChoices = ['assignee', ...roleNames];

/** The engine's model: [{ after: "80%" | "due" | duration after due, notify: [roles | "assignee"], raisePriority, reassignTo }]. */
function afterKind(after: Json | undefined): 'percent' | 'due' | 'duration' {
  if (after === 'due') return 'due';
  if (typeof after === 'string' && after.endsWith('%')) return 'percent';
  return 'duration';
}

export const organisationDefaults: Rule[] = [
  { after: '80%', notify: ['assignee'] },
  { after: 'due', notify: ['Coordinator'], raisePriority: true },
  { after: { workingDays: 1 }, notify: ['Director'] },
];

export function EscalationsEditor({ id, value, onChange }: { id: string; value: Json | undefined; onChange: (v: Json | undefined) => void }) {
  const { t } = useTranslation('designer');
  const { t: tc } = useTranslation();
  if (!Array.isArray(value)) {
    return (
      <div>
        <p className="muted">{t('escalation.defaults')}</p>
        <button type="button" onClick={() => onChange(structuredClone(organisationDefaults))}>{t('escalation.customise')}</button>
      </div>
    );
  }
  const rules = value.filter((r) => r && typeof r === 'object' && !Array.isArray(r)) as Rule[];
  const set = (i: number, patch: Rule) =>
    onChange(rules.map((r, j) => {
      if (j !== i) return r;
      const next: Rule = { ...r, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === null || v === '' || v === false) delete next[k];
      return next;
    }));
  return (
    <div className="designer-rows">
      {rules.length === 0 && <p className="muted">{t('escalation.none')}</p>}
      {rules.map((r, i) => {
        const kind = afterKind(r.after);
        const notify = Array.isArray(r.notify) ? (r.notify as string[]) : [];
        const prefix = t('escalation.rule', { n: i + 1 });
        return (
          <fieldset key={i} className="designer-row">
            <legend>{prefix}</legend>
            <label className="field"><span>{t('escalation.at')}</span>
              <select value={kind} onChange={(e) => set(i, { after: e.target.value === 'due' ? 'due' : e.target.value === 'percent' ? '80%' : { workingDays: 1 } })}>
                <option value="percent">{t('escalation.percent')}</option>
                <option value="due">{t('escalation.due')}</option>
                <option value="duration">{t('escalation.afterDue')}</option>
              </select></label>
            {kind === 'percent' && (
              <label className="field"><span>{t('escalation.percentValue')}</span>
                <input type="number" min={0} max={100} value={parseFloat(String(r.after))} onChange={(e) => set(i, { after: `${e.target.value}%` })} /></label>
            )}
            {kind === 'duration' && (
              <div className="field"><label htmlFor={`${id}-${i}-after`}>{t('escalation.afterValue')}</label>
                <DurationEditor id={`${id}-${i}-after`} value={r.after} onChange={(v) => set(i, { after: v ?? { workingDays: 1 } })} /></div>
            )}
            <fieldset className="designer-checks">
              <legend>{t('escalation.notify')}</legend>
              {notifyChoices.map((n) => (
                <label key={n} className="designer-check">
                  <input type="checkbox" checked={notify.includes(n)} onChange={(e) => set(i, { notify: e.target.checked ? [...notify, n] : notify.filter((x) => x !== n) })} />{' '}
                  {n === 'assignee' ? t('escalation.assignee') : tc(`roles.${n}`)}
                </label>
              ))}
            </fieldset>
            <label className="designer-check"><input type="checkbox" checked={r.raisePriority === true} onChange={(e) => set(i, { raisePriority: e.target.checked })} /> {t('escalation.raisePriority')}</label>
            <label className="field"><span>{t('escalation.reassignTo')}</span>
              <RolePicker value={typeof r.reassignTo === 'string' ? r.reassignTo : ''} onChange={(v) => set(i, { reassignTo: v })} /></label>
            <button type="button" className="danger" onClick={() => onChange(rules.filter((_, j) => j !== i))}>{t('rows.remove')}<span className="visually-hidden"> {prefix}</span></button>
          </fieldset>
        );
      })}
      <div className="row">
        <button type="button" onClick={() => onChange([...rules, { after: 'due', notify: ['Coordinator'] }])}>{t('escalation.add')}</button>
        <button type="button" onClick={() => onChange(undefined)}>{t('escalation.useDefaults')}</button>
      </div>
    </div>
  );
}
