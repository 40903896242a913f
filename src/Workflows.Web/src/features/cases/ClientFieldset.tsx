import { useTranslation } from 'react-i18next';
import type { ClientFields } from './clientForm';
import { TextField } from '../../ui/form/TextField';

/** The identity fields of a new case. Autocomplete is off: a shared office browser must not offer a victim's name to the next person. */
export function ClientFieldset({
  value,
  onChange,
  errorsFor,
}: {
  value: ClientFields;
  onChange: (value: ClientFields) => void;
  errorsFor: (field: keyof ClientFields) => string[];
}) {
  const { t } = useTranslation('cases');
  const field = (name: keyof ClientFields, type = 'text', required = false) => (
    <TextField
      label={t(`create.client.${name}`)}
      value={value[name]}
      type={type}
      required={required}
      onChange={(v) => onChange({ ...value, [name]: v })}
      errors={errorsFor(name)}
    />
  );
  return (
    <>
      <fieldset>
        <legend>{t('create.client.person')}</legend>
        {field('fullName', 'text', true)}
        {field('dateOfBirth', 'date')}
        {field('nationality')}
      </fieldset>
      <fieldset>
        <legend>{t('create.client.document')}</legend>
        {field('documentType')}
        {field('documentNumber')}
      </fieldset>
      <fieldset>
        <legend>{t('create.client.contact')}</legend>
        {field('contactType')}
        {field('contactValue')}
      </fieldset>
      <fieldset>
        <legend>{t('create.client.address')}</legend>
        {field('street')}
        {field('city')}
        {field('postalCode')}
        {field('country')}
      </fieldset>
    </>
  );
}
