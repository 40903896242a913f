import { useEffect, useRef, useState } from 'react';

/**
 * Counts tasks that appear in a list while it is on screen (from polling), for a polite live region. The first load,
 * a change of queue or filters (`scope`) and pages fetched with "load more" are taken in silently.
 */
export function useNewTaskAnnouncement(ids: string[] | undefined, pageCount: number, scope: string): number {
  const seen = useRef<{ scope: string; pages: number; ids: Set<string> } | null>(null);
  const [fresh, setFresh] = useState(0);

  useEffect(() => {
    if (!ids) return;
    const previous = seen.current;
    if (!previous || previous.scope !== scope || previous.pages !== pageCount) {
      seen.current = { scope, pages: pageCount, ids: new Set([...(previous?.scope === scope ? previous.ids : []), ...ids]) };
      if (!previous || previous.scope !== scope) setFresh(0);
      return;
    }
    const added = ids.filter((id) => !previous.ids.has(id));
    if (added.length === 0) return;
    added.forEach((id) => previous.ids.add(id));
    setFresh(added.length);
  }, [ids, pageCount, scope]);

  return fresh;
}
