import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { startAccountSync } from './account/account';
import { lazyPage } from './ui/lazy-page';
import { Layout, Problem } from './ui/layout';
import { AgendaPage } from './programme/agenda-page';
import { NowScreenPage } from './programme/now-screen-page';
import { FirstOrganiserPage, SignInPage, SignUpPage } from './account/auth-pages';
import { ConferencesPage } from './programme/conferences-page';
import { NotesPage } from './notes/notes-page';
import { RoundupPage } from './roundups/roundup-page';
import { RoundupsPage } from './roundups/roundups-page';
import { SchedulePage } from './schedule/schedule-page';
import { SearchPage } from './search/search-page';
import { SessionPage } from './programme/session-page';
import { SpeakerPage } from './programme/speaker-page';
import { ThemePage } from './programme/theme-page';
import { ThemesPage } from './programme/themes-page';
import { startOffline } from './offline/start';
import { matchRoute, usePath } from './router';
import './styles.css';

// staff and organisers only: loaded when first opened, so the script every reader's first page runs
// holds none of the editors
const editor = () => import('./roundups/editor-pages');
const NewRoundupPage = lazyPage(() => editor().then((m) => m.NewRoundupPage));
const EditRoundupPage = lazyPage(() => editor().then((m) => m.EditRoundupPage));
const ImportRoundupPage = lazyPage(() => editor().then((m) => m.ImportRoundupPage));
const ImportProgrammePage = lazyPage(() =>
  import('./organiser/import-programme-page').then((m) => m.ImportProgrammePage),
);
const organiser = () => import('./organiser/organiser-pages');
const EditProgrammePage = lazyPage(() => organiser().then((m) => m.EditProgrammePage));
const ConferenceSettingsPage = lazyPage(() => organiser().then((m) => m.ConferenceSettingsPage));
const NewConferencePage = lazyPage(() => organiser().then((m) => m.NewConferencePage));

function App() {
  const path = usePath();
  const route = matchRoute(path);
  // after a navigation, move focus to the new page's content so screen readers announce it; not on the
  // first load, where Tab must start from the skip link and the header
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  switch (route.page) {
    case 'conferences':
      return <ConferencesPage />;
    case 'agenda':
      return <AgendaPage slug={route.slug} />;
    case 'now':
      return <NowScreenPage slug={route.slug} />;
    case 'session':
      return <SessionPage id={route.id} />;
    case 'speaker':
      return <SpeakerPage id={route.id} />;
    case 'roundup':
      return <RoundupPage id={route.id} />;
    case 'roundups':
      return <RoundupsPage slug={route.slug} />;
    case 'import-roundup':
      return <ImportRoundupPage slug={route.slug} />;
    case 'new-roundup':
      return <NewRoundupPage />;
    case 'edit-roundup':
      return <EditRoundupPage id={route.id} />;
    case 'search':
      return <SearchPage />;
    case 'themes':
      return <ThemesPage />;
    case 'theme':
      return <ThemePage slug={route.slug} />;
    case 'schedule':
      return <SchedulePage slug={route.slug} />;
    case 'edit-programme':
      return <EditProgrammePage slug={route.slug} />;
    case 'new-conference':
      return <NewConferencePage />;
    case 'conference-settings':
      return <ConferenceSettingsPage slug={route.slug} />;
    case 'import-programme':
      return <ImportProgrammePage slug={route.slug} />;
    case 'sign-in':
      return <SignInPage />;
    case 'sign-up':
      return <SignUpPage />;
    case 'setup':
      return <FirstOrganiserPage token={route.token} />;
    case 'notes':
      return <NotesPage />;
    case 'not-found':
      return (
        <Layout title="Not found">
          <Problem heading="Page not found" message="There is no page at this address." />
        </Layout>
      );
  }
}

startAccountSync();
startOffline();
render(<App />, document.getElementById('app')!);
