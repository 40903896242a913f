import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/form/Field';

/**
 * Says, before anything is fetched, that looking is recorded, and asks why: the reason goes into the audit row, so the
 * reveal is a deliberate act, not a click-through.
 */
export function ConfirmRevealDialog({ code, onConfirm, onCancel }: { code: string; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('cases');
  const { t: tw } = useTranslation('casework');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <ConfirmDialog
      title={t('reveal.confirmTitle')}
      confirmLabel={t('reveal.confirm')}
      cancelLabel={t('reveal.cancel')}
      onConfirm={() => {
        if (reason.trim()) onConfirm(reason.trim());
        else setMissing(true);
      }}
      onCancel={onCancel}
    >
      <p>{t('reveal.confirmText', { code })}</p>
      <Field label={tw('identity.reason')} hint={tw('identity.reasonHint')} errors={missing ? [tw('identity.reasonRequired')] : []}>
        {(a11y) => <textarea {...a11y} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </ConfirmDialog>
  );
}
