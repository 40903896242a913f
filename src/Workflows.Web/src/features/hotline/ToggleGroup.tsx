import { useId } from 'react';

interface Props {
  legend: string;
  name: string;
  options: readonly string[];
  label: (value: string) => string;
  /** One value (radios: one Tab stop, arrow keys move) or many (checkboxes). */
  value: string | readonly string[];
  onChange: (value: string | string[]) => void;
  errors?: readonly string[];
}

/**
 * Choices as toggle buttons, built on native radios and checkboxes so the keyboard works as everywhere else:
 * a single choice is one Tab stop with arrow keys; Space toggles a multiple choice.
 */
export function ToggleGroup({ legend, name, options, label, value, onChange, errors = [] }: Props) {
  const id = useId();
  const many = Array.isArray(value);
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <fieldset className="toggles" aria-describedby={errorId}>
      <legend>{legend}</legend>
      <div className="toggle-row">
        {options.map((option) => {
          const checked = many ? (value as readonly string[]).includes(option) : value === option;
          return (
            <label key={option} className={checked ? 'toggle on' : 'toggle'}>
              <input
                type={many ? 'checkbox' : 'radio'}
                name={`${id}-${name}`}
                value={option}
                checked={checked}
                onChange={(e) => {
                  if (!many) onChange(option);
                  else {
                    const set = new Set(value as readonly string[]);
                    if (e.target.checked) set.add(option);
                    else set.delete(option);
                    onChange(options.filter((o) => set.has(o)));
                  }
                }}
              />
              <span>{label(option)}</span>
            </label>
          );
        })}
      </div>
      {errorId && (
        <p id={errorId} className="error">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
