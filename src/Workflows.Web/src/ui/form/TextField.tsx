import { Field, type FieldProps } from './Field';

type Props = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  type?: string;
  required?: boolean;
  autoComplete?: string;
};

/** A labelled text input (or date, e-mail…) with its messages underneath. */
export function TextField({ value, onChange, type = 'text', required = false, autoComplete = 'off', ...field }: Props) {
  return (
    <Field {...field}>
      {(a11y) => <input {...a11y} type={type} value={value} required={required} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
