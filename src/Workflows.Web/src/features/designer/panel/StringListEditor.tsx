import { useTranslation } from 'react-i18next';

/** An ordered list of short strings (a task's outcomes): add, rename, move, remove. */
export function StringListEditor({ label, values, onChange }: { label: string; values: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation('designer');
  const set = (i: number, v: string) => onChange(values.map((x, j) => (j === i ? v : x)));
  const move = (i: number, d: number) => {
    const next = [...values];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    onChange(next);
  };
  return (
    <ul className="designer-list-editor">
      {values.map((v, i) => (
        <li key={i} className="row">
          <input aria-label={t('strings.item', { label, n: i + 1 })} value={v} onChange={(e) => set(i, e.target.value)} />
          <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('strings.up', { n: i + 1 })}>↑</button>
          <button type="button" onClick={() => move(i, 1)} disabled={i === values.length - 1} aria-label={t('strings.down', { n: i + 1 })}>↓</button>
          <button type="button" onClick={() => onChange(values.filter((_, j) => j !== i))} aria-label={t('strings.remove', { n: i + 1 })}>✕</button>
        </li>
      ))}
      <li>
        <button type="button" onClick={() => onChange([...values, ''])}>{t('strings.add', { label })}</button>
      </li>
    </ul>
  );
}
