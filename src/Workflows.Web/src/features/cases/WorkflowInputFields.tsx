import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/form/Field';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import type { InputProblems, InputValues, StartableInput } from './workflowStart';

/** One field per input the definition declares, by its type; the API's messages arrive as `input.<name>`. */
export function WorkflowInputFields({
  inputs,
  values,
  onChange,
  problems,
  errorsFor,
}: {
  inputs: readonly StartableInput[];
  values: InputValues;
  onChange: (values: InputValues) => void;
  problems: InputProblems;
  errorsFor: (name: string) => string[];
}) {
  const { t } = useTranslation('casework');
  if (inputs.length === 0) return <p className="muted">{t('start.noInputs')}</p>;
  const set = (name: string) => (v: string) => onChange({ ...values, [name]: v });
  return (
    <fieldset>
      <legend>{t('start.inputs')}</legend>
      {inputs.map((i) => (
        <Fragment key={i.name}>{field(i)}</Fragment>
      ))}
    </fieldset>
  );

  function field(i: StartableInput) {
        // The definition's texts label the input in the reader's language (the API picks it); without one, its name.
        const name = i.label || i.name;
        const label = i.required ? `${name} *` : name;
        const errors = [...(problems[i.name] === 'json' ? [t('start.jsonInvalid')] : []), ...errorsFor(`input.${i.name}`)];
        const common = { label, hint: i.description ?? undefined, errors, value: values[i.name] ?? '', onChange: set(i.name) };
        switch (i.type) {
          case 'boolean':
            return (
              <SelectField
                {...common}
                options={[
                  { value: '', label: t('start.unset') },
                  { value: 'true', label: t('start.yes') },
                  { value: 'false', label: t('start.no') },
                ]}
              />
            );
          case 'number':
            return <TextField {...common} type="number" required={i.required} />;
          case 'date':
            return <TextField {...common} type="date" required={i.required} />;
          case 'json':
            return (
              <Field label={label} hint={i.description ?? t('start.jsonHint')} errors={errors}>
                {(a11y) => <textarea {...a11y} rows={3} value={values[i.name] ?? ''} onChange={(e) => set(i.name)(e.target.value)} />}
              </Field>
            );
          default:
            return <TextField {...common} required={i.required} />;
        }
  }
}
