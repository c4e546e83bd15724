import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { startAccountSync } from './account';
import { Layout, Problem } from './components/layout';
import { AgendaPage } from './pages/agenda-page';
import { SignInPage, SignUpPage } from './pages/auth-pages';
import { ConferencesPage } from './pages/conferences-page';
import { EditProgrammePage } from './pages/edit-programme-page';
import { NotesPage } from './pages/notes-page';
import { RoundupPage } from './pages/roundup-page';
import { SchedulePage } from './pages/schedule-page';
import { SessionPage } from './pages/session-page';
import { SpeakerPage } from './pages/speaker-page';
import { matchRoute, usePath } from './router';
import './styles.css';

function App() {
  const path = usePath();
  const route = matchRoute(path);
  // move focus to the new page's content so screen readers announce it
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  switch (route.page) {
    case 'conferences':
      return <ConferencesPage />;
    case 'agenda':
      return <AgendaPage slug={route.slug} />;
    case 'session':
      return <SessionPage id={route.id} />;
    case 'speaker':
      return <SpeakerPage id={route.id} />;
    case 'roundup':
      return <RoundupPage id={route.id} />;
    case 'schedule':
      return <SchedulePage slug={route.slug} />;
    case 'edit-programme':
      return <EditProgrammePage slug={route.slug} />;
    case 'sign-in':
      return <SignInPage />;
    case 'sign-up':
      return <SignUpPage />;
    case 'notes':
      return <NotesPage />;
    case 'not-found':
      return (
        <Layout title="Not found">
          <Problem message="There is no page at this address." />
        </Layout>
      );
  }
}

startAccountSync();
render(<App />, document.getElementById('app')!);
