import { useTranslation } from 'react-i18next';
import type { TaskFormFieldDefinition } from './api';
import { kindOf } from './formFields';

interface Props {
  field: TaskFormFieldDefinition;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
  /** Client and server messages for this field; shown beneath it and tied to it for screen readers. */
  errors: string[];
  disabled?: boolean;
}

export const fieldId = (name: string) => `task-field-${name}`;

export function FormFieldInput({ field, value, onChange, errors, disabled }: Props) {
  const { t } = useTranslation('tasks');
  const id = fieldId(field.name);
  const errorId = `${id}-error`;
  const label = field.label || field.name;
  const invalid = errors.length > 0;
  const common = {
    id,
    name: field.name,
    disabled,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
  };
  const kind = kindOf(field);
  const text = typeof value === 'string' ? value : '';

  const error = invalid && (
    <p id={errorId} className="field-error">
      {errors.join(' ')}
    </p>
  );

  if (kind === 'boolean') {
    return (
      <div className="field task-field-boolean">
        <label htmlFor={id} className="row">
          <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <span>{label}</span>
        </label>
        {error}
      </div>
    );
  }

  const labelText = (
    <label htmlFor={id}>
      {label}
      {field.required && <span className="required-mark"> ({t('form.requiredMark')})</span>}
    </label>
  );

  return (
    <div className="field">
      {labelText}
      {kind === 'choice' ? (
        <select {...common} required={field.required} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('form.choose')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : kind === 'date' ? (
        <input {...common} type="date" required={field.required} value={text} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'number' ? (
        // Text with a numeric keyboard: a number input would silently drop "3,5" typed with a Serbian decimal comma.
        <input {...common} type="text" inputMode="decimal" required={field.required} value={text} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" required={field.required} value={text} onChange={(e) => onChange(e.target.value)} />
      )}
      {error}
    </div>
  );
}
