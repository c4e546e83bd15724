import { SESSION_TYPE_LABELS, SessionType } from '@ncasc/shared';

export type AgendaView = 'list' | 'grid';

/** The day tab: "all" (every day), one day (YYYY-MM-DD), or "none" (the sessions whose day no source gives). */
export type DayChoice = string;

/**
 * What an agenda's address asks for: /conferences/ncasc-2018?day=2018-11-15&view=grid&theme=send&type=WORKSHOP.
 * Null is "not asked": the page picks (today's tab during the conference, the grid on a wide screen).
 */
export interface AgendaParams {
  day: DayChoice | null;
  view: AgendaView | null;
  /** A theme (track) slug */
  theme: string | null;
  type: SessionType | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function parseAgendaParams(search: string): AgendaParams {
  const p = new URLSearchParams(search);
  const day = p.get('day')?.trim().toLowerCase() ?? '';
  const view = p.get('view')?.trim().toLowerCase();
  const theme = p.get('theme')?.trim().toLowerCase() ?? '';
  const type = p.get('type')?.trim().toUpperCase() ?? '';
  return {
    day: day === 'all' || day === 'none' || DAY.test(day) ? day : null,
    view: view === 'list' || view === 'grid' ? view : null,
    theme: SLUG.test(theme) ? theme : null,
    type: Object.hasOwn(SESSION_TYPE_LABELS, type) ? (type as SessionType) : null,
  };
}

/** The query string ("?day=…", or "") for these choices, in a fixed order; leaves out what is not asked. */
export function agendaSearch(params: AgendaParams): string {
  const p = new URLSearchParams();
  if (params.day) p.set('day', params.day);
  if (params.view) p.set('view', params.view);
  if (params.theme) p.set('theme', params.theme);
  if (params.type) p.set('type', params.type);
  const query = p.toString();
  return query ? `?${query}` : '';
}

/**
 * The day tab to show: the one asked for when the agenda has it; otherwise today's during the
 * conference, else every day.
 */
export function chooseDay(
  asked: DayChoice | null,
  days: readonly (string | null)[],
  today: string | null,
): DayChoice {
  if (asked === 'all') return 'all';
  if (asked === 'none' && days.includes(null)) return 'none';
  if (asked && asked !== 'none' && days.includes(asked)) return asked;
  return today && days.includes(today) ? today : 'all';
}

interface Filterable {
  /** null when the sources do not state it: such a session is under no type filter */
  type: SessionType | null;
  tracks: readonly { slug: string; name: string }[];
}

/** The sessions of one theme and one type (either may be left open). */
export function filterSessions<T extends Filterable>(
  sessions: readonly T[],
  { theme, type }: Pick<AgendaParams, 'theme' | 'type'>,
): T[] {
  return sessions.filter(
    (s) => (!type || s.type === type) && (!theme || s.tracks.some((t) => t.slug === theme)),
  );
}

/** The themes of an agenda's sessions, by name, with how many sessions each has. */
export function themeOptions(
  sessions: readonly Filterable[],
): { slug: string; name: string; count: number }[] {
  const found = new Map<string, { slug: string; name: string; count: number }>();
  for (const s of sessions)
    for (const t of s.tracks) {
      const o = found.get(t.slug) ?? { slug: t.slug, name: t.name, count: 0 };
      o.count++;
      found.set(t.slug, o);
    }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** The session types an agenda has, in the programme's order of types, with their counts. */
export function typeOptions(
  sessions: readonly Filterable[],
): { type: SessionType; label: string; count: number }[] {
  return (Object.keys(SESSION_TYPE_LABELS) as SessionType[])
    .map((type) => ({
      type,
      label: SESSION_TYPE_LABELS[type],
      count: sessions.filter((s) => s.type === type).length,
    }))
    .filter((o) => o.count > 0);
}

/**
 * Changes the address's query string in place (no new history entry, no scrolling) and tells the
 * router's listeners, so pages reading useSearch() follow.
 */
export function replaceSearch(search: string): void {
  if (search === location.search) return;
  const state: unknown = history.state;
  history.replaceState(state, '', `${location.pathname}${search}`);
  window.dispatchEvent(new PopStateEvent('popstate', { state }));
}
