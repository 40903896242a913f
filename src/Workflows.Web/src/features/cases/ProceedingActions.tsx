import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { AddDeadlineForm } from './AddDeadlineForm';
import { ScheduleHearingForm } from './ScheduleHearingForm';

type Open = 'hearing' | 'deadline' | null;

/**
 * A proceeding's two forms behind toggle buttons, one open at a time; what was just saved is said in a status line
 * that outlives the closed form.
 */
export function ProceedingActions({ caseId, proceedingId, court }: { caseId: string; proceedingId: string; court: string }) {
  const { t, i18n } = useTranslation('cases');
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState('');
  const panelId = useId();
  const buttons = useRef<Partial<Record<Exclude<Open, null>, HTMLButtonElement | null>>>({});
  // After saving, focus goes back to the button that opened the form, not to the page's top.
  const close = (which: Exclude<Open, null>) => {
    setOpen(null);
    buttons.current[which]?.focus();
  };
  const toggle = (which: Exclude<Open, null>) => setOpen((o) => (o === which ? null : which));
  const button = (which: Exclude<Open, null>) => (
    <button
      ref={(el) => {
        buttons.current[which] = el;
      }}
      type="button"
      aria-expanded={open === which}
      aria-controls={panelId}
      // The visible words first, so voice control matches them; the court tells proceedings apart.
      aria-label={t(`legalForms.${which}.openFor`, { court })}
      onClick={() => toggle(which)}
    >
      <span aria-hidden="true">{open === which ? '▾ ' : '▸ '}</span>
      {t(`legalForms.${which}.open`)}
    </button>
  );

  return (
    <div className="proceeding-actions">
      <div className="row">
        {button('hearing')}
        {button('deadline')}
      </div>
      <div id={panelId} hidden={open === null} className="disclosure-panel">
        {open === 'hearing' && (
          <ScheduleHearingForm
            caseId={caseId}
            proceedingId={proceedingId}
            onSaved={(h) => {
              setSaved(t('legalForms.hearing.saved', { when: formatDateTime(h.startsAt, i18n.language) }));
              close('hearing');
            }}
          />
        )}
        {open === 'deadline' && (
          <AddDeadlineForm
            caseId={caseId}
            proceedingId={proceedingId}
            onSaved={(d) => {
              // A calendar day: noon UTC is the same day in Belgrade.
              setSaved(t('legalForms.deadline.saved', { day: formatDate(`${d.dueOn}T12:00:00Z`, i18n.language) }));
              close('deadline');
            }}
          />
        )}
      </div>
      <p role="status" className="legal-saved">
        {saved}
      </p>
    </div>
  );
}
