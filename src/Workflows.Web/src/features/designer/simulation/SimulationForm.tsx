import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { presets, presetText } from './presets';
import { defaultChoice, type HumanTask, type TaskChoiceState, type Timing } from './request';
import { FieldError } from '../../../ui/form/FieldError';

export interface SimulationFormState {
  presetId: string;
  profileText: string;
  startLocal: string;
  choices: Record<string, TaskChoiceState>;
}

interface Props {
  tasks: HumanTask[];
  state: SimulationFormState;
  onChange: (state: SimulationFormState) => void;
  onRun: () => void;
  running: boolean;
  profileInvalid: boolean;
  error: unknown;
}


/** Errors the API names by field, e.g. input.foreignNational: shown under the profile. */
function errorsUnder(error: unknown, prefix: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return Object.entries(error.fieldErrors)
    .filter(([field]) => field.toLowerCase() === prefix.toLowerCase() || field.toLowerCase().startsWith(`${prefix.toLowerCase()}.`))
    .flatMap(([, messages]) => messages);
}

export function SimulationForm({ tasks, state, onChange, onRun, running, profileInvalid, error }: Props) {
  const { t } = useTranslation('viewer');
  const ids = useId();
  const profileErrors = [...(profileInvalid ? [t('simulation.profileInvalid')] : []), ...errorsUnder(error, 'input')];
  const startErrors = errorsUnder(error, 'startAt');

  const choose = (task: HumanTask, patch: Partial<TaskChoiceState>) =>
    onChange({ ...state, choices: { ...state.choices, [task.id]: { ...(state.choices[task.id] ?? defaultChoice(task)), ...patch } } });

  return (
    <form
      className="stack card"
      aria-labelledby={`${ids}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      <h2 id={`${ids}-title`}>{t('simulation.setup')}</h2>
      <label className="field">
        <span>{t('simulation.preset')}</span>
        <select
          value={state.presetId}
          onChange={(e) => {
            const preset = presets.find((p) => p.id === e.target.value);
            onChange({ ...state, presetId: e.target.value, profileText: preset ? presetText(preset) : state.profileText });
          }}
        >
          <option value="">{t('simulation.presets.custom')}</option>
          {presets.map((p) => (
            <option key={p.id} value={p.id}>
              {t(p.labelKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('simulation.profile')}</span>
        <small id={`${ids}-profile-help`}>{t('simulation.profileHelp')}</small>
        <textarea
          rows={9}
          spellCheck={false}
          value={state.profileText}
          aria-invalid={profileErrors.length > 0}
          aria-describedby={`${ids}-profile-help${profileErrors.length > 0 ? ` ${ids}-profile-error` : ''}`}
          onChange={(e) => onChange({ ...state, presetId: '', profileText: e.target.value })}
          className="viewer-profile"
        />
        <FieldError id={`${ids}-profile-error`} messages={profileErrors} />
      </label>
      <label className="field">
        <span>{t('simulation.startAt')}</span>
        <small id={`${ids}-start-help`}>{t('simulation.startAtHelp')}</small>
        <input
          type="datetime-local"
          required
          value={state.startLocal}
          aria-invalid={startErrors.length > 0}
          aria-describedby={`${ids}-start-help${startErrors.length > 0 ? ` ${ids}-start-error` : ''}`}
          onChange={(e) => onChange({ ...state, startLocal: e.target.value })}
        />
        <FieldError id={`${ids}-start-error`} messages={startErrors} />
      </label>

      {tasks.length > 0 && (
        <fieldset className="stack viewer-choices">
          <legend>{t('simulation.choices')}</legend>
          <p className="muted">{t('simulation.choicesHelp')}</p>
          {tasks.map((task) => {
            const choice = state.choices[task.id] ?? defaultChoice(task);
            const choiceErrors = errorsUnder(error, `choices.${task.id}`);
            return (
              <div key={task.id} className="viewer-choice">
                <div className="viewer-choice-name">
                  <strong>{task.name}</strong>
                  {task.role && <span className="muted"> · {t(`roles.${task.role}`, { ns: 'common', defaultValue: task.role })}</span>}
                  {task.formFields.length > 0 && (
                    <div className="muted viewer-small">{t('simulation.formFields', { fields: task.formFields.join(', ') })}</div>
                  )}
                </div>
                <label className="field">
                  <span>{t('simulation.outcome')}</span>
                  <select value={choice.outcome} onChange={(e) => choose(task, { outcome: e.target.value })} aria-describedby={choiceErrors.length ? `${ids}-${task.id}-error` : undefined}>
                    {task.outcomes.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span>{t('simulation.timing')}</span>
                  <select value={choice.timing} onChange={(e) => choose(task, { timing: e.target.value as Timing })}>
                    <option value="default">{t('simulation.timingDefault')}</option>
                    <option value="late">{t('simulation.timingLate')}</option>
                    <option value="afterDays">{t('simulation.timingAfterDays')}</option>
                  </select>
                </label>
                {choice.timing === 'afterDays' && (
                  <label className="field">
                    <span>{t('simulation.workingDays')}</span>
                    <input
                      type="number"
                      min={0}
                      max={366}
                      value={choice.afterWorkingDays}
                      onChange={(e) => choose(task, { afterWorkingDays: Number(e.target.value) })}
                    />
                  </label>
                )}
                <FieldError id={`${ids}-${task.id}-error`} messages={choiceErrors} />
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={running}>
          {running ? t('simulation.running') : t('simulation.run')}
        </button>
      </div>
    </form>
  );
}
