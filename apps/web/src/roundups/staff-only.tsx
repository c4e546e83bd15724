import type { ComponentChildren } from 'preact';
import { authHref, canWriteRoundups, useMe } from '../account/account';
import { Link } from '../router';
import { Layout, Loading, Problem } from '../ui/layout';

/** Staff and organisers only: a sign-in link for visitors, a message for delegates. */
export function StaffOnly({ title, children }: { title: string; children: () => ComponentChildren }) {
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
          <Link href={authHref('/sign-in')}>Sign in</Link> as staff to write round-ups.
        </p>
      </Layout>
    );
  if (!canWriteRoundups(me))
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <Problem message="Only staff can write round-ups." />
      </Layout>
    );
  return <>{children()}</>;
}
