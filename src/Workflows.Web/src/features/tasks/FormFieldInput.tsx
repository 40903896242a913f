import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/form/Field';
import { FieldError } from '../../ui/form/FieldError';
import type { TaskFormFieldDefinition } from './api';
import { FileFieldInput } from './FileFieldInput';
import { kindOf } from './formFields';

interface Props {
  field: TaskFormFieldDefinition;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
  /** Client and server messages for this field; shown beneath it and tied to it for screen readers. */
  errors: string[];
  disabled?: boolean;
  /** The task a file field uploads for; only file fields need it. */
  task?: { id: string; caseId: string | null };
}

export const fieldId = (name: string) => `task-field-${name}`;

export function FormFieldInput({ field, value, onChange, errors, disabled, task }: Props) {
  const { t } = useTranslation('tasks');
  const id = fieldId(field.name);
  const label = field.label || field.name;
  const kind = kindOf(field);
  const text = typeof value === 'string' ? value : '';

  if (kind === 'boolean') {
    // The checkbox sits inside its label, so it is not a `Field`; its messages are tied to it the same way.
    const errorId = `${id}-error`;
    const invalid = errors.length > 0;
    return (
      <div className="field task-field-boolean">
        <label htmlFor={id} className="row">
          <input
            id={id}
            name={field.name}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          <span>{label}</span>
        </label>
        <FieldError id={errorId} messages={errors} />
      </div>
    );
  }

  const labelText = (
    <>
      {label}
      {field.required && <span className="required-mark"> ({t('form.requiredMark')})</span>}
    </>
  );

  if (kind === 'file') {
    return (
      <FileFieldInput
        field={field}
        id={id}
        label={labelText}
        task={task ?? { id: '', caseId: null }}
        value={text || undefined}
        onChange={onChange}
        errors={errors}
        disabled={disabled}
      />
    );
  }

  return (
    <Field id={id} label={labelText} errors={errors}>
      {(a11y) => {
        const common = { ...a11y, name: field.name, disabled, required: field.required, value: text };
        const change = (e: { target: { value: string } }) => onChange(e.target.value);
        if (kind === 'choice') {
          return (
            <select {...common} onChange={change}>
              <option value="">{t('form.choose')}</option>
              {(field.options ?? []).map((option) => (
                <option key={option} value={option}>
                  {field.optionLabels?.[option] ?? option}
                </option>
              ))}
            </select>
          );
        }
        if (kind === 'date') return <input {...common} type="date" onChange={change} />;
        // Text with a numeric keyboard: a number input would silently drop "3,5" typed with a Serbian decimal comma.
        if (kind === 'number') return <input {...common} type="text" inputMode="decimal" onChange={change} />;
        return <input {...common} type="text" onChange={change} />;
      }}
    </Field>
  );
}
