/** Words too common to narrow a search, left out when other words remain. */
const STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be been but by can could did do does for from had has have ' +
    'he her his how i if in into is it its me my no not of on or our she so than that the their them then ' +
    'there these they this to up us was we were what when where which who why will with would you your said ' +
    'say says since'
  ).split(' '),
);

/** At most this many words of a query are searched for. */
const MAX_TERMS = 12;

/**
 * A person's query as plain words: letters and digits only, so nothing they type is read as query
 * syntax (quotes, `*`, `OR (`, `NEAR(`, `:`, `&`, `!` all fall away). Possessive "'s" is dropped;
 * very common words are left out unless nothing else is left.
 */
export function searchTerms(query: string): string[] {
  const words = (
    query
      .normalize('NFKC')
      .replace(/['’]s\b/giu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .map((w) => w.slice(0, 64))
    .filter((w, i, all) => all.indexOf(w) === i);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return (meaningful.length ? meaningful : words).slice(0, MAX_TERMS);
}

/** How the terms combine: every word (the first try), or any of them (when every word finds too little). */
export type TermsMode = 'all' | 'any';

/** An FTS5 MATCH expression: each term a quoted string, the last also a prefix (for words being typed). */
export function ftsQuery(terms: string[], mode: TermsMode): string {
  return terms
    .map((t, i) => (i === terms.length - 1 && t.length >= 3 ? `"${t}"*` : `"${t}"`))
    .join(mode === 'all' ? ' ' : ' OR ');
}

/** The parts of a PostgreSQL query of the same shape (see `tsQuerySql`). */
export interface TsQueryParts {
  /** Every word but the last, for to_tsquery('english', …); empty for a one-word query. */
  rest: string;
  /** The last word, stemmed by the English configuration… */
  last: string;
  /** …and also as a prefix under the `simple` configuration, which drops no word as a stop word. */
  lastPrefix: string;
}

export function tsQueryParts(terms: string[], mode: TermsMode): TsQueryParts {
  const last = terms[terms.length - 1];
  return {
    rest: terms.slice(0, -1).join(mode === 'all' ? ' & ' : ' | '),
    last,
    lastPrefix: last.length >= 3 ? `${last}:*` : last,
  };
}

/**
 * The tsquery for those parts. PostgreSQL's English configuration drops a longer list of stop words
 * than we do, prefixes included ("don" for Donna); the last word is therefore also searched for as
 * a plain prefix. An empty part (a stop word) drops out of `&&` and `||`.
 */
export function tsQuerySql(mode: TermsMode): string {
  const last = `(to_tsquery('english', :last) || to_tsquery('simple', :lastPrefix))`;
  return mode === 'all'
    ? `(to_tsquery('english', :rest) && ${last})`
    : `(to_tsquery('english', :rest) || ${last})`;
}
