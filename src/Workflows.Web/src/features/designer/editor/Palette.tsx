import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityTypeTexts } from '../model/activityTypes';
import { paletteGroups, type ActivityType } from '../model/descriptors';

export const activityDragType = 'application/x-astra-activity';

/** Activity types by category: drag one onto the canvas, or press its "Add" button to place it in view. */
export const Palette = memo(function Palette({ types, onAdd }: { types: ActivityType[]; onAdd: (type: string) => void }) {
  const { t } = useTranslation('designer');
  const typeTexts = useActivityTypeTexts();
  const [search, setSearch] = useState('');
  // Named in the reader's language before grouping, so the search finds what the reader sees.
  const named = useMemo(() => types.map((type) => ({ ...type, displayName: typeTexts.name(type.key, type.displayName) })), [types, typeTexts]);
  const groups = paletteGroups(named, search);
  return (
    <aside className="designer-palette" aria-labelledby="designer-palette-heading">
      <h2 id="designer-palette-heading">{t('palette.title')}</h2>
      <label className="field">
        <span>{t('palette.search')}</span>
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      {groups.length === 0 && <p className="muted">{t('palette.none')}</p>}
      {groups.map((group) => (
        <section key={group.category}>
          <h3>{typeTexts.category(group.category)}</h3>
          <ul>
            {group.types.map((type) => (
              <li
                key={type.key}
                className="designer-palette-item"
                draggable
                data-type={type.key}
                onDragStart={(e) => {
                  e.dataTransfer.setData(activityDragType, type.key);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                title={type.description ?? undefined}
              >
                <span className="designer-palette-name">
                  {type.displayName} <code>{type.key}</code>
                </span>
                <button type="button" onClick={() => onAdd(type.key)} aria-label={t('palette.add', { name: type.displayName })}>
                  {t('palette.addShort')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
});
