import type { ComponentChildren } from 'preact';
import { authHref, type Me, useMe } from '../account/account';
import { Link } from '../router';
import { Layout, Loading, Problem } from './layout';

/**
 * A page for some roles only: a sign-in link for a visitor ("Sign in {signInAs}."), the refusal for
 * anyone else.
 */
export function RoleOnly({
  title,
  allowed,
  signInAs,
  refusal,
  children,
}: {
  title: string;
  allowed: (me: Me) => boolean;
  signInAs: string;
  refusal: string;
  children: () => ComponentChildren;
}) {
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
          <Link href={authHref('/sign-in')}>Sign in</Link> {signInAs}.
        </p>
      </Layout>
    );
  if (!allowed(me))
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <Problem message={refusal} />
      </Layout>
    );
  return <>{children()}</>;
}
