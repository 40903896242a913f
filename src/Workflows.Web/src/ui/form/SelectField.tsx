import { Field, type FieldProps } from './Field';

type Props = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  /** The empty choice; sending it lets the API say the field is required. */
  placeholder?: string;
};

/** A labelled select with its messages underneath. */
export function SelectField({ value, onChange, options, placeholder, ...field }: Props) {
  return (
    <Field {...field}>
      {(a11y) => (
        <select {...a11y} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
