import {
  ConferencesDocument,
  SearchDocument,
  type SearchKind,
  type SearchQuery,
} from '@ncasc/shared/generated';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useMe } from '../account/account';
import { useQuery } from '../api';
import { Layout } from '../ui/layout';
import { Link, navigate, useSearch } from '../router';
import { nextFocusIndex } from './keyboard';
import {
  KIND_LABELS,
  SEARCH_KINDS,
  type SearchParams,
  groupByKind,
  parseSearchParams,
  resultCountText,
  searchHref,
} from './search-params';
import { splitSnippet } from './snippet';

type Hit = SearchQuery['search'][number];

/** How many hits to ask for: enough for every group to show a fair few. */
const FIRST = 50;

export function SearchPage() {
  const params = parseSearchParams(useSearch());
  const me = useMe();
  const [text, setText] = useState(params.q);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  // the box follows the address (the header's search box, back and forward)
  useEffect(() => setText(params.q), [params.q]);

  // notes are only ever the signed-in person's own
  const kinds = me ? SEARCH_KINDS : SEARCH_KINDS.filter((k) => k !== 'NOTE');
  const chosen = (k: SearchKind) => params.kinds.length === 0 || params.kinds.includes(k);
  const go = (next: Partial<SearchParams>, replace = false) =>
    navigate(searchHref({ ...params, q: text, ...next }), replace);
  const toggle = (k: SearchKind) => {
    const now = kinds.filter((x) => (x === k ? !chosen(x) : chosen(x)));
    // none ticked is the same as all
    go({ kinds: now.length === kinds.length ? [] : now }, true);
  };

  /** Arrow keys move between the search box and the result links; Home and End among the results. */
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const links = [...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>('a.hit-link') ?? [])];
    const active = document.activeElement;
    const current = active === inputRef.current ? 0 : links.indexOf(active as HTMLAnchorElement) + 1;
    if (current === 0 && active !== inputRef.current) return;
    const next = nextFocusIndex(e.key, current, links.length);
    if (next === null) return;
    e.preventDefault();
    (next === 0 ? inputRef.current : links[next - 1])?.focus();
  };

  return (
    <Layout title={params.q ? `Search: ${params.q}` : 'Search'}>
      <div class="search-page" onKeyDown={onKeyDown}>
        <h1>Search</h1>
        <form
          class="search-form"
          action="/search"
          method="get"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            go({});
          }}
        >
          <div class="field">
            <label for="search-q">Search for</label>
            <p class="hint" id="search-q-hint">
              Sessions, speakers and round-ups across every conference{me ? ', and your notes' : ''}. Use the
              arrow keys to move through the results.
            </p>
            <div class="search-row">
              <input
                ref={inputRef}
                id="search-q"
                name="q"
                type="search"
                value={text}
                maxLength={200}
                autoComplete="off"
                enterKeyHint="search"
                aria-describedby="search-q-hint"
                onInput={(e) => setText(e.currentTarget.value)}
              />
              <button type="submit" class="button">
                Search
              </button>
            </div>
          </div>
          <div class="field-row search-filters">
            <ConferenceFilter value={params.conference} onChange={(conference) => go({ conference }, true)} />
            <fieldset class="field kinds">
              <legend>Show</legend>
              <ul class="inline-list">
                {kinds.map((k) => (
                  <li key={k} class="checkbox">
                    <input
                      type="checkbox"
                      id={`kind-${k}`}
                      name="kind"
                      value={k}
                      checked={chosen(k)}
                      onChange={() => toggle(k)}
                    />
                    <label for={`kind-${k}`}>{KIND_LABELS[k]}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          </div>
        </form>
        <div ref={resultsRef}>
          {params.q ? (
            <Results params={params} />
          ) : (
            <div class="status empty">
              <p>Type a name, a theme or a few words, such as “mental health” or “Spielman”.</p>
              <p>
                Or browse the <Link href="/themes">themes</Link> across the years.
              </p>
            </div>
          )}
        </div>
      </div>
    </Layout>
  );
}

function ConferenceFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (slug: string | null) => void;
}) {
  const state = useQuery(ConferencesDocument, {});
  const conferences = state.status === 'ready' ? state.data.conferences : [];
  return (
    <div class="field">
      <label for="search-conference">Conference</label>
      <select
        id="search-conference"
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
      >
        <option value="">All conferences</option>
        {/* an unknown slug from the address still shows as chosen */}
        {value && state.status === 'ready' && !conferences.some((c) => c.slug === value) ? (
          <option value={value}>{value}</option>
        ) : null}
        {conferences.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function Results({ params }: { params: SearchParams }) {
  const state = useQuery(SearchDocument, {
    query: params.q,
    conferenceSlug: params.conference,
    kinds: params.kinds.length ? params.kinds : null,
    first: FIRST,
  });
  const hits = state.status === 'ready' ? state.data.search : [];
  const groups = groupByKind(hits);
  return (
    <>
      {/* in the page from the first search on, so each new count is read out */}
      <p class="search-count" role="status" aria-live="polite">
        {state.status === 'loading'
          ? 'Searching…'
          : state.status === 'ready'
            ? resultCountText(hits.length, params.q)
            : ''}
      </p>
      {state.status === 'error' ? (
        <p class="problem" role="alert">
          Could not search: {state.error.message}
        </p>
      ) : null}
      {state.status === 'ready' && hits.length === 0 ? (
        <div class="status empty">
          <p>
            Nothing matched “{params.q}”
            {params.conference || params.kinds.length ? ' with these filters' : ''}.
          </p>
          <p>Try fewer words, another spelling, or a surname alone.</p>
        </div>
      ) : null}
      {groups.map((g) => (
        <section key={g.kind} class="search-group" aria-labelledby={`results-${g.kind}`}>
          <h2 id={`results-${g.kind}`}>
            {KIND_LABELS[g.kind]} <span class="count">({g.hits.length})</span>
          </h2>
          <ol class="search-hits">
            {g.hits.map((h) => (
              <SearchHit key={`${h.kind}-${h.id}`} hit={h} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

function SearchHit({ hit }: { hit: Hit }) {
  const c = hit.conference;
  return (
    <li class="search-hit">
      <h3 class="hit-title">
        <Link class="hit-link" href={hit.url}>
          {hit.title}
        </Link>
      </h3>
      {c ? (
        <p class="muted hit-conference">
          {c.name}
          {c.name.includes(String(c.year)) ? '' : ` (${c.year})`}
        </p>
      ) : null}
      <p class="snippet">
        <Snippet snippet={hit.snippet} />
      </p>
    </li>
  );
}

/** The API's snippet as text and <mark>s: never read as HTML. */
function Snippet({ snippet }: { snippet: string }) {
  return <>{splitSnippet(snippet).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
