import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { adminKeys, getHolidays, listClosures } from '../api';
import { todayInBelgrade, yearOf } from '../closureDates';
import { AddClosureForm } from './AddClosureForm';
import { ClosuresTable } from './ClosuresTable';
import { HolidaysTable } from './HolidaysTable';

/** A host without GET /closures still returns the year's closures with its holidays. */
async function closuresOf(year: number) {
  try {
    return await listClosures(year);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return (await getHolidays(year)).closures;
    throw e;
  }
}

export function ClosuresPage() {
  const { t } = useTranslation('admin');
  const today = todayInBelgrade();
  const [year, setYear] = useState(yearOf(today));
  const closures = useQuery({ queryKey: adminKeys.closures(year), queryFn: () => closuresOf(year) });
  const holidays = useQuery({ queryKey: adminKeys.holidays(year), queryFn: () => getHolidays(year) });
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={t('closures.title')} />
      <p className="muted">{t('closures.intro')}</p>
      <AddClosureForm
        today={today}
        onAdded={(date, text) => {
          setYear(yearOf(date));
          setNotice(text);
        }}
      />
      <div role="status" aria-live="polite">
        {notice && <p className="status-message">{notice}</p>}
      </div>
      <div className="row" style={{ marginTop: '1rem' }}>
        <button type="button" onClick={() => setYear(year - 1)}>
          ← <span className="visually-hidden">{t('closures.previousYear')}</span>
          {year - 1}
        </button>
        <h2 style={{ margin: 0 }}>{t('closures.yearTitle', { year })}</h2>
        <button type="button" onClick={() => setYear(year + 1)}>
          <span className="visually-hidden">{t('closures.nextYear')}</span>
          {year + 1} →
        </button>
      </div>
      <h3>{t('closures.listTitle')}</h3>
      {closures.isPending ? (
        <Loading />
      ) : closures.error ? (
        <ErrorMessage error={closures.error} />
      ) : (
        <ClosuresTable closures={closures.data} today={today} onDeleted={setNotice} />
      )}
      <h3>{t('closures.holidaysTitle')}</h3>
      <p className="muted">{t('closures.holidaysIntro')}</p>
      {holidays.isPending ? <Loading /> : holidays.error ? <ErrorMessage error={holidays.error} /> : <HolidaysTable holidays={holidays.data.holidays} />}
    </>
  );
}
