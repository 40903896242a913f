import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityDefinition, EventDeclaration, Json } from '../model/definition';
import type { MetaUpdate } from '../model/editorState';
import type { WorkflowGraph } from '../model/graph';
import { useInputTexts } from '../model/activityInputs';
import { useActivityTypeTexts } from '../model/activityTypes';
import { activityIdPattern } from '../model/ids';
import { problemsByInput } from '../model/problems';
import { useProblemText } from '../model/problemText';
import { useActivityProblems, useDescriptor } from '../editor/designerContext';
import { InputEditor } from './InputEditor';
import { JsonEditor } from './JsonEditor';
import { roleNames } from './roles';
import { TextLanguagePicker, TranslatedField } from './TranslatedField';
import { TranslatedFormTexts } from './TranslatedFormTexts';
import { TranslatedStartInputs } from './TranslatedStartInputs';
import { textKey, type Texts, type TextLanguage } from '../model/texts';

interface PanelProps {
  graph: WorkflowGraph;
  selectedId: string | null;
  onUpdate: (id: string, field: string, update: (a: ActivityDefinition) => ActivityDefinition) => void;
  onRename: (from: string, to: string) => void;
  onDelete: () => void;
  onMeta: (update: MetaUpdate) => void;
}

export const PropertyPanel = memo(function PropertyPanel({ graph, selectedId, onUpdate, onRename, onDelete, onMeta }: PanelProps) {
  const { t } = useTranslation('designer');
  const node = selectedId ? graph.nodes.find((n) => n.id === selectedId) : undefined;
  // Which language the texts are edited in; the rest of the panel (ids, scripts, durations) is the same in all.
  const [language, setLanguage] = useState<TextLanguage>('en');
  const texts = graph.meta.texts as Texts | undefined;
  const onTexts = (next: Texts | undefined) => onMeta({ texts: next });
  return (
    <aside className="designer-panel" aria-labelledby="designer-panel-heading">
      <h2 id="designer-panel-heading">{node ? t('panel.activity') : t('panel.workflow')}</h2>
      <TextLanguagePicker language={language} onChange={setLanguage} />
      {node ? (
        <ActivityProperties
          key={node.id}
          language={language}
          texts={texts}
          onTexts={onTexts}
          activity={node.data.activity}
          taken={graph.nodes}
          onUpdate={onUpdate}
          onRename={onRename}
          onDelete={onDelete}
        />
      ) : (
        <WorkflowProperties
          language={language}
          texts={texts}
          onTexts={onTexts}
          name={String(graph.meta.name ?? '')}
          description={String(graph.meta.description ?? '')}
          events={graph.meta.events as EventDeclaration[] | undefined}
          startRoles={graph.meta.startRoles as string[] | undefined}
          inputs={graph.meta.inputs}
          onMeta={onMeta}
        />
      )}
    </aside>
  );
});

interface TextProps {
  language: TextLanguage;
  texts: Texts | undefined;
  onTexts: (texts: Texts | undefined) => void;
}

function WorkflowProperties({ language, texts, onTexts, name, description, events, startRoles, inputs, onMeta }: TextProps & {
  name: string;
  inputs: unknown;
  description: string;
  events: EventDeclaration[] | undefined;
  startRoles: string[] | undefined;
  onMeta: PanelProps['onMeta'];
}) {
  const { t } = useTranslation('designer');
  const { t: tc } = useTranslation();
  // None ticked leaves the key out: the engine then lets anyone who sees the case start the workflow.
  const toggleRole = (role: string, on: boolean) => {
    const next = on ? [...(startRoles ?? []), role] : (startRoles ?? []).filter((r) => r !== role);
    onMeta({ startRoles: next.length > 0 ? next : undefined });
  };
  return (
    <div className="stack">
      <p className="muted">{t('panel.selectHint')}</p>
      {language === 'en' ? (
        <>
          <label className="field"><span>{t('panel.workflowName')}</span>
            <input value={name} onChange={(e) => onMeta({ name: e.target.value })} /></label>
          <label className="field"><span>{t('panel.description')}</span>
            <textarea rows={3} value={description} onChange={(e) => onMeta({ description: e.target.value || undefined })} /></label>
        </>
      ) : (
        <>
          <TranslatedField label={t('panel.workflowName')} english={name} language={language} textKey={textKey.name} texts={texts} onTexts={onTexts} />
          <TranslatedField label={t('panel.description')} english={description} language={language} textKey={textKey.description} texts={texts} onTexts={onTexts} multiline />
        </>
      )}
      <TranslatedStartInputs inputs={inputs} language={language} texts={texts} onTexts={onTexts} />
      <fieldset className="field" aria-describedby="designer-start-roles-hint">
        <legend>{t('panel.startRoles')}</legend>
        {roleNames.map((role) => (
          <label key={role} className="row">
            <input type="checkbox" checked={startRoles?.includes(role) ?? false} onChange={(e) => toggleRole(role, e.target.checked)} />
            {tc(`roles.${role}`)}
          </label>
        ))}
        <p id="designer-start-roles-hint" className="muted">{t('panel.startRolesHint')}</p>
      </fieldset>
      <div className="field">
        <label htmlFor="designer-events">{t('panel.events')}</label>
        <JsonEditor
          id="designer-events"
          value={events as Json | undefined}
          onChange={(v) => onMeta({ events: v === undefined ? undefined : (v as unknown as EventDeclaration[]) })}
          describedBy="designer-events-hint"
        />
        <p id="designer-events-hint" className="muted">{t('panel.eventsHint')}</p>
      </div>
    </div>
  );
}

function ActivityProperties({ language, texts, onTexts, activity, taken, onUpdate, onRename, onDelete }: TextProps & {
  activity: ActivityDefinition;
  taken: { id: string }[];
  onUpdate: PanelProps['onUpdate'];
  onRename: PanelProps['onRename'];
  onDelete: () => void;
}) {
  const { t } = useTranslation('designer');
  const text = useProblemText(activity.type);
  const descriptor = useDescriptor(activity.type);
  const inputTexts = useInputTexts(activity.type);
  const typeName = useActivityTypeTexts().name(activity.type, descriptor?.displayName);
  const problems = useActivityProblems(activity.id);
  const byInput = problemsByInput(problems);
  const [idText, setIdText] = useState(activity.id);
  const idError = idText === activity.id ? null
    : !activityIdPattern.test(idText) ? t('panel.idInvalid')
    : taken.some((n) => n.id === idText) ? t('panel.idTaken')
    : null;
  const commitId = () => {
    if (!idError && idText !== activity.id) onRename(activity.id, idText);
  };
  const setField = (field: 'name' | 'description', value: string) =>
    onUpdate(activity.id, field, (a) => {
      const next = { ...a };
      if (value === '') delete next[field];
      else next[field] = value;
      return next;
    });
  const setInput = (name: string, value: Json | undefined) =>
    onUpdate(activity.id, `input:${name}`, (a) => {
      const inputs = { ...(a.inputs ?? {}) };
      if (value === undefined) delete inputs[name];
      else inputs[name] = value;
      if (Object.keys(inputs).length > 0) return { ...a, inputs };
      const { inputs: _dropped, ...rest } = a;
      return rest as ActivityDefinition;
    });
  const general = byInput.get('') ?? [];
  const known = new Set(descriptor?.inputs.map((i) => i.name));
  const unknownInputs = [...byInput.entries()].filter(([k]) => k !== '' && !known.has(k)).flatMap(([, v]) => v);

  return (
    <div className="stack">
      <p className="muted">
        {typeName} · <code>{activity.type}</code>
      </p>
      {[...general, ...unknownInputs].length > 0 && (
        <ul className="designer-field-problems" aria-label={t('panel.activityProblems')}>
          {[...general, ...unknownInputs].map((p, i) => <li key={i} className="field-error"><span aria-hidden="true">⚠ </span>{text(p)}</li>)}
        </ul>
      )}
      <label className="field"><span>{t('panel.id')}</span>
        <input
          value={idText}
          className="mono"
          onChange={(e) => setIdText(e.target.value.trim())}
          onBlur={commitId}
          onKeyDown={(e) => e.key === 'Enter' && commitId()}
          aria-invalid={!!idError}
          aria-describedby="designer-id-help"
        />
        <small id="designer-id-help">{idError ? <span className="field-error">{idError}</span> : t('panel.idHint')}</small>
      </label>
      {language === 'en' ? (
        <>
          <label className="field"><span>{t('panel.name')}</span>
            <input value={activity.name ?? ''} onChange={(e) => setField('name', e.target.value)} /></label>
          <label className="field"><span>{t('panel.description')}</span>
            <textarea rows={2} value={activity.description ?? ''} onChange={(e) => setField('description', e.target.value)} /></label>
        </>
      ) : (
        <>
          <TranslatedField label={t('panel.name')} english={activity.name ?? ''} language={language} textKey={textKey.activityName(activity.id)} texts={texts} onTexts={onTexts} />
          <TranslatedField label={t('panel.description')} english={activity.description ?? ''} language={language} textKey={textKey.activityDescription(activity.id)} texts={texts} onTexts={onTexts} multiline />
        </>
      )}
      {descriptor?.inputs.map((input) => language !== 'en' && input.translatable && typeof activity.inputs?.[input.name] === 'string' ? (
        <TranslatedField
          key={input.name}
          label={inputTexts.label(input)}
          english={String(activity.inputs[input.name])}
          language={language}
          textKey={textKey.input(activity.id, input.name)}
          texts={texts}
          onTexts={onTexts}
          multiline={input.uiHint === 'multiline'}
        />
      ) : (
        <InputEditor
          key={input.name}
          activityId={activity.id}
          input={input}
          texts={inputTexts}
          value={activity.inputs?.[input.name]}
          problems={byInput.get(input.name)}
          onChange={(v) => setInput(input.name, v)}
        />
      ))}
      {language !== 'en' && <TranslatedFormTexts activity={activity} descriptor={descriptor} language={language} texts={texts} onTexts={onTexts} />}
      {!descriptor && <p className="error">{t('panel.unknownType', { type: activity.type })}</p>}
      <button type="button" className="danger" onClick={onDelete}>{t('panel.delete')}</button>
    </div>
  );
}
