import { useEffect, useState } from 'preact/hooks';
import { navigate, usePath } from '../router';
import { appUpdate } from './app-update';
import { bannerText } from './banner';
import { network, shownData } from './network';
import { programmeWatch, watchPath } from './programme';

/** Re-renders when a store changes; answers what `read` reads from it. */
function useStore<T>(subscribe: (listener: () => void) => () => void, read: () => T): T {
  const [, setTick] = useState(0);
  useEffect(() => subscribe(() => setTick((t) => t + 1)), []);
  return read();
}

/** The last text the banner announced: a page opened later shows it without announcing it again. */
let announced = '';

/**
 * "Offline — showing the programme as of 09:42": a status region (announced by screen readers, politely)
 * present on every page, empty while online. A new message is put in after the region is there, so it
 * is announced once; the same message on the next page is there from the start, so it is not repeated.
 */
function OfflineBanner() {
  const text = useStore(
    (l) => {
      const a = network.subscribe(l);
      const b = shownData.subscribe(l);
      return () => {
        a();
        b();
      };
    },
    () =>
      bannerText({ offline: network.offline, oldest: shownData.oldest, fromDevice: shownData.fromDevice }),
  );
  const [shown, setShown] = useState(() => (text === announced ? text : ''));
  useEffect(() => {
    setShown(text);
    if (text) announced = text;
  }, [text]);
  return (
    <div role="status" class="offline-status">
      {shown ? <p class="offline-banner">{shown}</p> : null}
    </div>
  );
}

/** Opens the agenda's "What changed" once it is on the page, and takes the reader there. */
function revealWhatChanged(deadline = Date.now() + 10_000): void {
  const details = document.querySelector<HTMLDetailsElement>('details.what-changed');
  if (!details) {
    if (Date.now() < deadline) setTimeout(() => revealWhatChanged(deadline), 100);
    return;
  }
  details.open = true;
  details.scrollIntoView({ block: 'start' });
  details.querySelector('summary')?.focus({ preventScroll: true });
}

/** "Programme updated — see what changed", when a new version of the page's programme is out. */
function ProgrammeNotice() {
  const path = usePath();
  useEffect(() => watchPath(path), [path]);
  const notice = useStore(
    (l) => programmeWatch.subscribe(l),
    () => programmeWatch.notice,
  );
  const href = notice ? `/conferences/${encodeURIComponent(notice.slug)}#what-changed` : '';
  return (
    <div role="status" class="programme-status">
      {notice ? (
        <p class="programme-notice">
          <a
            href={href}
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              programmeWatch.acknowledge(notice.slug);
              navigate(href);
              revealWhatChanged();
            }}
          >
            Programme updated — see what changed
          </a>{' '}
          <button
            type="button"
            class="link-button"
            aria-label="Dismiss the programme update notice"
            onClick={() => programmeWatch.acknowledge(notice.slug)}
          >
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** A new version of the app is ready: reload to use it (never done under the reader's feet). */
function AppUpdateNotice() {
  const waiting = useStore(
    (l) => appUpdate.subscribe(l),
    () => appUpdate.waiting,
  );
  if (!waiting) return null;
  return (
    <p class="app-update">
      A new version of this site is ready.{' '}
      <button type="button" class="button secondary" onClick={() => appUpdate.apply()}>
        Reload to use it
      </button>
    </p>
  );
}

/** The notices under the header of every page: offline, a new programme version, a new app version. */
export function AppNotices() {
  return (
    <div class="app-notices">
      <OfflineBanner />
      <ProgrammeNotice />
      <AppUpdateNotice />
    </div>
  );
}
