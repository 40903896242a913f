import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/form/FieldError';
import type { ServiceType } from './api';
import { serviceLabel } from './requests';

interface Props {
  id: string;
  legend: string;
  services: ServiceType[];
  value: string[];
  onChange: (value: string[]) => void;
  errors: string[];
}

/** Services to tick, as a fieldset of checkboxes (large enough to hit on a phone). */
export function ServiceChecklist({ id, legend, services, value, onChange, errors }: Props) {
  const { i18n } = useTranslation();
  const errorId = `${id}-error`;
  const toggle = (key: string, on: boolean) => onChange(on ? [...value, key] : value.filter((k) => k !== key));
  return (
    <fieldset className="service-checklist" aria-describedby={errors.length > 0 ? errorId : undefined} aria-invalid={errors.length > 0 ? true : undefined}>
      <legend>{legend}</legend>
      <div className="service-options">
        {services.map((s) => (
          <label key={s.key} className="service-option">
            <input type="checkbox" checked={value.includes(s.key)} onChange={(e) => toggle(s.key, e.target.checked)} />
            {serviceLabel(services, s.key, i18n.language)}
          </label>
        ))}
      </div>
      <FieldError id={errorId} messages={errors} />
    </fieldset>
  );
}
