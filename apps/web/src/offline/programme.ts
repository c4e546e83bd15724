import {
  MyScheduleDocument,
  OfflineProgrammeDocument,
  ProgrammeVersionOfConferenceDocument,
  ProgrammeVersionOfSessionDocument,
} from '@ncasc/shared/generated';
import { invalidate, onMutated, queryStore, request } from '../api';
import { type Route, matchRoute } from '../router';
import { signedIn } from '../account/signed-in';
import { pageAnswers } from './kept-answers';
import { network } from './network';
import { ProgrammeWatch, type WatchTarget, localSeenVersions } from './programme-watch';

/** How often an open page asks whether a new programme version is out (while it is shown). */
const POLL_MS = 5 * 60_000;
/** A conference's programme is downloaded for reading offline again after this long (or a new version). */
const DOWNLOAD_EVERY_MS = 30 * 60_000;

/** The conference (or session) a page is about, for the programme watch. */
function watchTarget(route: Route): WatchTarget | null {
  if (route.page === 'agenda' || route.page === 'schedule' || route.page === 'roundups')
    return { slug: route.slug };
  if (route.page === 'session') return { sessionId: route.id };
  return null;
}

const newest = (versions: { number: number }[]): number => Math.max(0, ...versions.map((v) => v.number));

function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const KEPT_KEY = 'ncasc.programme-kept';
/** Downloads under way in this tab, with the version asked for again meanwhile (null: none). */
const downloading = new Map<string, number | null>();

/** When (and at which version) each user's copy of each programme was last downloaded, by this device. */
function keptAt(key: string): { at: number; version: number } | undefined {
  try {
    const all = JSON.parse(localStorageOrNull()?.getItem(KEPT_KEY) ?? '{}') as Record<string, unknown>;
    const v = all[key] as { at?: unknown; version?: unknown } | undefined;
    return typeof v?.at === 'number' && typeof v.version === 'number'
      ? { at: v.at, version: v.version }
      : undefined;
  } catch {
    return undefined;
  }
}

function setKeptAt(key: string, value: { at: number; version: number } | null): void {
  try {
    const storage = localStorageOrNull();
    const all = JSON.parse(storage?.getItem(KEPT_KEY) ?? '{}') as Record<string, unknown>;
    if (value) all[key] = value;
    else delete all[key];
    storage?.setItem(KEPT_KEY, JSON.stringify(all));
  } catch {
    // the next page downloads it again
  }
}

/**
 * Keeps every session and speaker page of a conference (and the user's schedule of it) on this device,
 * as the answers those pages' queries would get, so they open offline without having been visited.
 * One request, after the page has settled; again only when the programme has a new version or the
 * copy is half an hour old.
 */
function keepProgrammeOffline(slug: string, version: number): void {
  const user = signedIn.current;
  if (network.offline) return;
  if (user === undefined) {
    // whose copy it is decides where it is kept: once the page knows who is signed in
    const stop = signedIn.subscribe(() => {
      stop();
      keepProgrammeOffline(slug, version);
    });
    return;
  }
  const key = `${user ?? ''}|${slug}`;
  // asked again while one is under way (a newer version, an account change and back): after it
  if (downloading.has(key)) {
    downloading.set(key, version);
    return;
  }
  const last = keptAt(key);
  if (last && last.version === version && Date.now() - last.at < DOWNLOAD_EVERY_MS) return;
  downloading.set(key, null);
  const done = () => {
    const again = downloading.get(key);
    downloading.delete(key);
    // (nothing happens when this download kept that version)
    if (again !== null && again !== undefined) keepProgrammeOffline(slug, again);
  };
  setTimeout(() => {
    // signed in or out meanwhile: the account change downloads the new account's copy
    if (signedIn.current !== user) return done();
    const ticket = queryStore.ticket();
    void request(OfflineProgrammeDocument, { slug })
      .then(({ conference }) => {
        // nothing kept when the account changed on the way (the change downloads it again)
        if (!conference || queryStore.ticket() !== ticket) return;
        const fetchedAt = Date.now();
        // noted once it is stored: a page left before that (or a failed write) downloads it again
        return queryStore.keep(pageAnswers(conference), fetchedAt, ticket).then((kept) => {
          if (kept) setKeptAt(key, { at: fetchedAt, version });
        });
      })
      .catch(() => undefined)
      .finally(done);
    if (user) keepSchedule(slug);
  }, 1000);
}

/** Keeps the user's schedule of a conference as My schedule asks for it. */
function keepSchedule(slug: string): void {
  const variables = { conferenceSlug: slug };
  const ticket = queryStore.ticket();
  void request(MyScheduleDocument, variables).then(
    (data) => queryStore.save('MySchedule', JSON.stringify(variables), data, Date.now(), ticket),
    () => undefined,
  );
}

/** The conference of the page shown and its latest version, as last checked. */
let shown: { slug: string; version: number } | null = null;

/** The programme version of the page shown: a notice when a newer one is published. */
export const programmeWatch = new ProgrammeWatch({
  latest: async (target) => {
    if ('slug' in target) {
      const { conference } = await request(ProgrammeVersionOfConferenceDocument, target);
      return conference && { slug: conference.slug, version: newest(conference.programmeVersions) };
    }
    const { session } = await request(ProgrammeVersionOfSessionDocument, { id: target.sessionId });
    return (
      session && { slug: session.conference.slug, version: newest(session.conference.programmeVersions) }
    );
  },
  seen: localSeenVersions(localStorageOrNull()),
  onConference: (slug, version, updated) => {
    shown = { slug, version };
    // a new version: the pages on screen fetch it (and so keep it), and so does the offline copy
    if (updated) invalidate();
    keepProgrammeOffline(slug, version);
  },
});

/** Watches the page shown (call when the path changes). */
export function watchPath(path: string): void {
  programmeWatch.watch(watchTarget(matchRoute(path)));
}

let scheduleTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Asks for new programme versions on focus, when the page is shown again, when the connection comes
 * back and every five minutes while shown; keeps the schedule kept offline in step with stars.
 */
export function startProgrammeWatch(): void {
  const check = () => void programmeWatch.check();
  window.addEventListener('focus', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  network.onReconnect(check);
  // another account: its copies are downloaded afresh (and no one's id stays behind)
  signedIn.subscribe((_user, before) => {
    if (before === undefined) return;
    try {
      localStorageOrNull()?.removeItem(KEPT_KEY);
    } catch {
      // nothing to do
    }
    // the programme on screen is kept for the account now signed in, not only at the next check
    if (shown && shown.slug === programmeWatch.conference) keepProgrammeOffline(shown.slug, shown.version);
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') check();
  }, POLL_MS);
  onMutated((operation, variables) => {
    if (operation === 'PublishProgramme') {
      const slug = (variables as { slug?: unknown }).slug;
      if (typeof slug === 'string') programmeWatch.publishedHere(slug);
    }
    if (operation === 'StarSession' || operation === 'UnstarSession') {
      const slug = programmeWatch.conference;
      if (!slug || !signedIn.current) return;
      // a burst of stars: one request after it
      if (scheduleTimer) clearTimeout(scheduleTimer);
      scheduleTimer = setTimeout(() => keepSchedule(slug), 2000);
    }
  });
}
