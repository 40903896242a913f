import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';
import type { ActivityInput } from '../model/descriptors';
import type { InputTexts } from '../model/activityInputs';
import type { Problem } from '../model/problems';
import { useProblemText } from '../model/problemText';
import { DurationEditor } from './DurationEditor';
import { DeadlineEditor } from './DeadlineEditor';
import { EscalationsEditor } from './EscalationsEditor';
import { FormFieldsEditor } from './FormFieldsEditor';
import { JsonEditor } from './JsonEditor';
import { RolePicker } from './RolePicker';
import { ScriptEditor } from './ScriptEditor';
import { StringListEditor } from './StringListEditor';
import { SwitchCasesEditor } from './SwitchCasesEditor';
import { UserPicker } from './UserPicker';
import { convertValue, isScript, modeOf, type ValueMode } from './values';

interface InputEditorProps {
  activityId: string;
  input: ActivityInput;
  /** The input's label, help and option words in the reader's language (useInputTexts of the activity's type). */
  texts: InputTexts;
  value: Json | undefined;
  problems: Problem[] | undefined;
  onChange: (value: Json | undefined) => void;
}

/** One descriptor input: the editor its type and hint call for, a literal/Liquid/JS toggle where several are allowed. */
export function InputEditor({ activityId, input, texts, value, problems, onChange }: InputEditorProps) {
  const { t } = useTranslation('designer');
  const problemText = useProblemText(texts.type);
  const id = `designer-input-${activityId}-${input.name}`;
  const modes = (['literal', 'template', 'expression'] as ValueMode[]).filter((m) => input.syntax.includes(m));
  const [mode, setMode] = useState<ValueMode>(() => modeOf(value, input.syntax));
  const errorId = problems?.length ? `${id}-problems` : undefined;
  const help = texts.help(input);
  const helpId = help ? `${id}-help` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const label = texts.label(input);
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  const setText = (v: string) => onChange(v === '' ? undefined : v);

  let editor;
  if (mode === 'expression') {
    editor = <ScriptEditor id={id} source={isScript(value) ? value.js : ''} onChange={(js) => onChange({ js })} describedBy={describedBy} />;
  } else if (mode === 'template') {
    editor = <textarea id={id} className="mono" rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={describedBy} aria-invalid={!!errorId} spellCheck={false} />;
  } else if (input.uiHint === 'role') {
    editor = <RolePicker id={id} value={text} onChange={setText} describedBy={describedBy} />;
  } else if (input.uiHint === 'user') {
    editor = <UserPicker id={id} value={text} onChange={setText} describedBy={describedBy} />;
  } else if (input.options.length > 0) {
    editor = (
      <select id={id} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={describedBy} aria-invalid={!!errorId}>
        <option value="">{t('panel.notSet')}</option>
        {input.options.map((o) => <option key={o} value={o}>{texts.option(input, o)}</option>)}
        {text && !input.options.includes(text) && <option value={text}>{text}</option>}
      </select>
    );
  } else if (input.type === 'deadline') {
    editor = <DeadlineEditor id={id} value={value} onChange={onChange} describedBy={describedBy} />;
  } else if (input.type === 'duration' || input.uiHint === 'duration') {
    editor = <DurationEditor id={id} value={value} onChange={onChange} describedBy={describedBy} />;
  } else if (input.uiHint === 'task-form') {
    editor = <FormFieldsEditor value={value} onChange={onChange} />;
  } else if (input.uiHint === 'outcomes') {
    const list = Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : [];
    editor = <StringListEditor label={label} values={list} onChange={(v) => onChange(v.length ? v : undefined)} />;
  } else if (input.uiHint === 'escalations') {
    editor = <EscalationsEditor id={id} value={value} onChange={onChange} />;
  } else if (input.uiHint === 'switch-cases') {
    editor = <SwitchCasesEditor id={id} value={value} onChange={onChange} />;
  } else if (input.type === 'boolean') {
    editor = <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked ? true : undefined)} aria-describedby={describedBy} />;
  } else if (input.type === 'number') {
    editor = <input id={id} type="number" value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} aria-describedby={describedBy} />;
  } else if (['json', 'list', 'map'].includes(input.type)) {
    editor = <JsonEditor id={id} value={value} onChange={onChange} describedBy={describedBy} />;
  } else if (input.uiHint === 'multiline') {
    editor = <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={describedBy} aria-invalid={!!errorId} />;
  } else {
    editor = <input id={id} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={describedBy} aria-invalid={!!errorId} />;
  }

  // Composite editors carry their own labels; the others are labelled by the input's name.
  const composite = mode === 'literal' && ['task-form', 'outcomes', 'escalations', 'switch-cases'].includes(input.uiHint ?? '');
  return (
    <div className={`field designer-input${errorId ? ' has-problems' : ''}`} role={composite ? 'group' : undefined} aria-labelledby={composite ? `${id}-label` : undefined}>
      <div className="designer-input-head">
        {composite ? <span id={`${id}-label`} className="designer-input-label">{label}</span> : <label htmlFor={id} className="designer-input-label">{label}</label>}
        {input.required && <span className="muted"> ({t('panel.required')})</span>}
        {modes.length > 1 && (
          <span className="designer-modes" role="group" aria-label={t('panel.syntax', { input: label })}>
            {modes.map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => { setMode(m); if (m !== mode) onChange(convertValue(value, m)); }}>
                {t(`panel.modes.${m}`)}
              </button>
            ))}
          </span>
        )}
      </div>
      {help && <small id={helpId}>{help}</small>}
      {editor}
      {errorId && (
        <ul id={errorId} className="designer-field-problems">
          {problems!.map((p, i) => <li key={i} className="field-error"><span aria-hidden="true">⚠ </span>{problemText(p)}</li>)}
        </ul>
      )}
    </div>
  );
}
