import { problemFlag } from './fieldErrors';

interface Props {
  id: string;
  /** The last refusal: the box appears once the API says a confirmation would do (its `flag` extension). */
  error: unknown;
  flag: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}

/** A confirmation the API asked for; stays visible once ticked so it can be unticked again. */
export function ConfirmCheckbox({ id, error, flag, checked, onChange, label }: Props) {
  if (!checked && !problemFlag(error, flag)) return null;
  return (
    <label htmlFor={id} className="checkbox-list">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
