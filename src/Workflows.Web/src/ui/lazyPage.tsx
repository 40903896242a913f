import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from './Loading';

/**
 * A page loaded on first visit, in its own chunk, behind the usual Loading text — so the designer, the reports'
 * charts and the admin pages are not part of the first load on a phone.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Page = lazy(async () => ({ default: await load() }));
  function LazyPage(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Page {...props} />
      </Suspense>
    );
  }
  return LazyPage;
}
