import { SessionStatus } from '@ncasc/shared';
import { MyNotesDocument, type MyNotesQuery } from '@ncasc/shared/generated';
import { useQuery } from '../api';
import { authHref, useMe } from '../account/account';
import { Layout, Loading, Problem } from '../ui/layout';
import { Link } from '../router';
import { NoteBody } from './note-body';

type Note = MyNotesQuery['myNotes'][number];

/** Notes by conference, in the order the API gives them (programme order). */
function byConference(notes: Note[]): { slug: string; name: string; notes: Note[] }[] {
  const groups = new Map<string, { slug: string; name: string; notes: Note[] }>();
  for (const n of notes) {
    const c = n.session.conference;
    const g = groups.get(c.slug) ?? { slug: c.slug, name: c.name, notes: [] };
    g.notes.push(n);
    groups.set(c.slug, g);
  }
  return [...groups.values()];
}

function Notes() {
  const state = useQuery(MyNotesDocument, { conferenceSlug: null });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.error.message} />;
  const groups = byConference(state.data.myNotes);
  if (!groups.length)
    return (
      <div class="status empty">
        <p>You have no notes yet.</p>
        <p>
          Open a session from a <Link href="/">conference agenda</Link> and write in its notes box; your notes
          are saved as you type and collected here.
        </p>
      </div>
    );
  return (
    <>
      {groups.map((g) => (
        <section key={g.slug} class="notes-conference" aria-labelledby={`notes-${g.slug}`}>
          <h2 id={`notes-${g.slug}`}>
            <Link href={`/conferences/${g.slug}`}>{g.name}</Link>
          </h2>
          <p class="notes-actions">
            {/* a plain link: the server sends the file as an attachment, using the session cookie */}
            <a class="button secondary" href={`/exports/notes/${encodeURIComponent(g.slug)}.md`} download>
              Export as Markdown<span class="visually-hidden"> ({g.name})</span>
            </a>{' '}
            <Link href={`/conferences/${g.slug}/schedule`}>My schedule</Link>
          </p>
          <ul class="note-list">
            {g.notes.map((n) => (
              <li key={n.id} class="note">
                <h3 class={n.session.status === SessionStatus.CANCELLED ? 'cancelled' : undefined}>
                  <Link href={`/sessions/${n.session.id}`}>{n.session.title}</Link>
                </h3>
                <p class="muted">
                  {n.session.when}
                  {n.session.status === SessionStatus.CANCELLED ? ' · Cancelled' : ''}
                </p>
                <NoteBody body={n.body} topHeading={4} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function NotesPage() {
  const me = useMe();
  return (
    <Layout title="My notes">
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">All conferences</Link>
      </nav>
      <h1>My notes</h1>
      {me === undefined ? <Loading /> : null}
      {me === null ? (
        <p class="status">
          <Link href={authHref('/sign-in')}>Sign in</Link> to see your notes. New here?{' '}
          <Link href={authHref('/sign-up')}>Create an account</Link>.
        </p>
      ) : null}
      {me ? (
        <>
          <p class="lead">Your private notes on sessions, by conference. Only you can read them.</p>
          <Notes />
        </>
      ) : null}
    </Layout>
  );
}
