import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Says, before anything is fetched, that looking is recorded: the reveal is a deliberate act, not a click-through. */
export function ConfirmRevealDialog({ code, onConfirm, onCancel }: { code: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('cases');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    // jsdom has no showModal; an open dialog still carries the same content and buttons.
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={dialog}
      className="card"
      aria-labelledby="reveal-title"
      aria-describedby="reveal-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="reveal-title">{t('reveal.confirmTitle')}</h2>
      <p id="reveal-text">{t('reveal.confirmText', { code })}</p>
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm}>
          {t('reveal.confirm')}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {t('reveal.cancel')}
        </button>
      </div>
    </dialog>
  );
}
