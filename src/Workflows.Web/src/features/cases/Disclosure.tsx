import { useId, useState, type ReactNode } from 'react';

/**
 * A button that shows or hides a form under it, so the page stays calm until someone needs the form.
 * The children get `close` to hide it again after saving; focus then goes back to the button, not to the page's top.
 */
export function Disclosure({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonId = useId();
  // Found by id, not by ref: `close` is handed to the children while they render.
  const close = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };
  return (
    <div className="disclosure">
      <button id={buttonId} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {label}
      </button>
      <div id={panelId} hidden={!open} className="disclosure-panel">
        {open && children(close)}
      </div>
    </div>
  );
}
