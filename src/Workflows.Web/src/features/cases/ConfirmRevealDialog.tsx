import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Says, before anything is fetched, that looking is recorded: the reveal is a deliberate act, not a click-through. */
export function ConfirmRevealDialog({ code, onConfirm, onCancel }: { code: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('cases');
  return (
    <ConfirmDialog
      title={t('reveal.confirmTitle')}
      confirmLabel={t('reveal.confirm')}
      cancelLabel={t('reveal.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{t('reveal.confirmText', { code })}</p>
    </ConfirmDialog>
  );
}
