import type { SearchKind } from '@ncasc/shared/generated';

/** The kinds of result, in the order the page shows their groups. */
export const SEARCH_KINDS: readonly SearchKind[] = ['SESSION', 'SPEAKER', 'ROUNDUP', 'NOTE'];

export const KIND_LABELS: Record<SearchKind, string> = {
  SESSION: 'Sessions',
  SPEAKER: 'Speakers',
  ROUNDUP: 'Round-ups',
  NOTE: 'My notes',
};

/** What the search page's address asks for: /search?q=…&conference=ncasc-2018&kind=ROUNDUP */
export interface SearchParams {
  q: string;
  conference: string | null;
  /** Empty: every kind */
  kinds: SearchKind[];
}

export function parseSearchParams(search: string): SearchParams {
  const p = new URLSearchParams(search);
  const asked = new Set(p.getAll('kind').map((k) => k.toUpperCase()));
  const kinds = SEARCH_KINDS.filter((k) => asked.has(k));
  return {
    q: (p.get('q') ?? '').trim(),
    conference: p.get('conference')?.trim() || null,
    // all of them is the same as none chosen
    kinds: kinds.length === SEARCH_KINDS.length ? [] : kinds,
  };
}

/** The address of a search; leaves out what is not asked for. */
export function searchHref({ q, conference, kinds }: SearchParams): string {
  const p = new URLSearchParams();
  if (q.trim()) p.set('q', q.trim());
  if (conference) p.set('conference', conference);
  if (kinds.length < SEARCH_KINDS.length)
    for (const k of SEARCH_KINDS) if (kinds.includes(k)) p.append('kind', k);
  const query = p.toString();
  return query ? `/search?${query}` : '/search';
}

/** Hits by kind, in the page's order of kinds, each keeping the API's ranking; empty kinds left out. */
export function groupByKind<T extends { kind: SearchKind }>(
  hits: readonly T[],
): { kind: SearchKind; hits: T[] }[] {
  return SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter(
    (g) => g.hits.length > 0,
  );
}

/** "3 results for “Malloy”", for the live region. */
export function resultCountText(count: number, q: string): string {
  if (count === 0) return `No results for “${q}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${q}”`;
}
