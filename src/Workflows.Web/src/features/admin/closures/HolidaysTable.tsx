import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/types';
import { formatCalendarDate } from '../closureDates';

/** Serbia's public holidays come from the law, not from this screen: shown so closures are not added twice. */
export function HolidaysTable({ holidays }: { holidays: Schemas['HolidayDto'][] }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('closures.holidaysTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('closures.fields.date')}</th>
            <th scope="col">{t('closures.fields.holiday')}</th>
            <th scope="col">{t('closures.fields.note')}</th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((h) => (
            <tr key={`${h.date}-${h.name}`}>
              <td>
                <time dateTime={h.date}>{formatCalendarDate(h.date, i18n.language, true)}</time>
              </td>
              <td>{t(`holidayNames.${h.name}`, { defaultValue: h.name })}</td>
              <td>
                {[
                  h.isReligious ? t('closures.religious') : null,
                  h.movedFrom ? t('closures.movedFrom', { date: formatCalendarDate(h.movedFrom, i18n.language) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
