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
    // a counter, not the component: useState would call a component given to it as an initialiser
    const [, loaded] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (page) return;
      let live = true;
      loading ??= load();
      loading.then(
        (p) => {
          page = p;
          if (live) loaded((n) => n + 1);
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
