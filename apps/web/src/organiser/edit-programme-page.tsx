import { authHref, useMe } from '../account/account';
import { Link } from '../router';
import { Layout, Loading, Problem } from '../ui/layout';
import { ProgrammeEditor } from './programme-editor';

export function EditProgrammePage({ slug }: { slug: string }) {
  const me = useMe();
  if (me === undefined)
    return (
      <Layout title="Edit programme">
        <Loading />
      </Layout>
    );
  if (me === null)
    return (
      <Layout title="Edit programme">
        <h1>Edit programme</h1>
        <p class="status" role="status">
          <Link href={authHref('/sign-in')}>Sign in</Link> as an organiser to edit the programme.
        </p>
      </Layout>
    );
  if (me.role !== 'ORGANISER')
    return (
      <Layout title="Edit programme">
        <h1>Edit programme</h1>
        <Problem message="Only organisers can edit the programme." />
      </Layout>
    );
  return <ProgrammeEditor slug={slug} />;
}
