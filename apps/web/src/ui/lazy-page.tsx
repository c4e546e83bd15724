import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Layout, Loading, Problem } from './layout';

/**
 * A page whose code is fetched the first time it is shown: the staff editors, which most readers never
 * open, stay out of the script every page loads.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let page: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazyPage(props: P) {
    const [, setLoaded] = useState<ComponentType<P> | null>(page);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (page) return;
      let live = true;
      loading ??= load();
      loading.then(
        (p) => {
          page = p;
          // a component is a function: wrapped, so it is not called as an updater
          if (live) setLoaded(() => p);
        },
        () => {
          loading = null;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    if (page) {
      const Page = page;
      return <Page {...props} />;
    }
    return (
      <Layout title={failed ? 'Page not loaded' : 'Loading'}>
        {failed ? (
          <Problem message="Could not load this page. Check your connection and reload the page." />
        ) : (
          <Loading />
        )}
      </Layout>
    );
  };
}
