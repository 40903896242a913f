import { useEffect, useLayoutEffect, useRef } from 'react';

export interface EditorKeyActions {
  copy: () => void;
  paste: () => void;
  undo: () => void;
  redo: () => void;
  remove: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Canvas shortcuts on the document, except while the user types in a field (Ctrl+Z there undoes text). */
export function useEditorKeys(actions: EditorKeyActions): void {
  const ref = useRef(actions);
  // The listener stays put; it reads the newest actions, updated after each render and before any key is handled.
  useLayoutEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target) || (event.target instanceof HTMLElement && event.target.closest('dialog'))) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (mod && key === 'c') run(ref.current.copy);
      else if (mod && key === 'v') run(ref.current.paste);
      else if (mod && key === 'z' && event.shiftKey) run(ref.current.redo);
      else if (mod && key === 'z') run(ref.current.undo);
      else if (mod && key === 'y') run(ref.current.redo);
      else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) run(ref.current.remove);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
