import { groupBy } from '@ncasc/shared';

/** Items grouped by a key, groups in the order their first item comes, items in their own order. */
export function groupInOrder<T, K>(items: readonly T[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  return [...groupBy(items, keyOf)].map(([key, list]) => ({ key, items: list }));
}

/** Items by year, oldest year first (newest first with `newestFirst`); items keep their order. */
export function groupByYear<T>(
  items: readonly T[],
  yearOf: (item: T) => number,
  { newestFirst = false }: { newestFirst?: boolean } = {},
): { year: number; items: T[] }[] {
  return groupInOrder(items, yearOf)
    .map((g) => ({ year: g.key, items: g.items }))
    .sort((a, b) => (newestFirst ? b.year - a.year : a.year - b.year));
}

/**
 * Items by year, then by conference within the year (conferences in the order their first item comes):
 * "what was said about mental health at each conference since 2015".
 */
export function groupByYearAndConference<T, C extends { slug: string; year: number }>(
  items: readonly T[],
  conferenceOf: (item: T) => C,
  options: { newestFirst?: boolean } = {},
): { year: number; conferences: { conference: C; items: T[] }[] }[] {
  return groupByYear(items, (i) => conferenceOf(i).year, options).map((y) => ({
    year: y.year,
    conferences: groupInOrder(y.items, (i) => conferenceOf(i).slug).map((g) => ({
      conference: conferenceOf(g.items[0]),
      items: g.items,
    })),
  }));
}
