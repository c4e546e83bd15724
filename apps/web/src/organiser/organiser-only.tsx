import type { ComponentChildren } from 'preact';
import { authHref, useMe } from '../account/account';
import { Link } from '../router';
import { Layout, Loading, Problem } from '../ui/layout';

/** Organisers only: a sign-in link for visitors, a message for everyone else. */
export function OrganiserOnly({ title, children }: { title: string; children: () => ComponentChildren }) {
  const me = useMe();
  if (me === undefined)
    return (
      <Layout title={title}>
        <Loading />
      </Layout>
    );
  if (me === null)
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <p class="status" role="status">
          <Link href={authHref('/sign-in')}>Sign in</Link> as an organiser to edit the programme.
        </p>
      </Layout>
    );
  if (me.role !== 'ORGANISER')
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <Problem message="Only organisers can edit the programme." />
      </Layout>
    );
  return <>{children()}</>;
}
