import { navigate, usePath, useSearch } from '../router';
import { parseSearchParams, searchHref } from './search-params';

/**
 * The search box in the header of every page. A plain GET form to /search, so it works before the
 * script runs; with it, the search page opens without reloading.
 */
export function SiteSearch() {
  const path = usePath();
  const search = useSearch();
  // on the search page the box shows what was searched for
  const q = path.replace(/\/+$/, '') === '/search' ? parseSearchParams(search).q : '';
  const onSubmit = (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    navigate(searchHref({ q: input.value, conference: null, kinds: [] }));
  };
  return (
    <form role="search" class="site-search" action="/search" method="get" onSubmit={onSubmit}>
      <label for="site-search-q" class="visually-hidden">
        Search
      </label>
      <input
        // a new box when the words change by navigation, so it shows them
        key={q}
        id="site-search-q"
        type="search"
        name="q"
        defaultValue={q}
        // short enough to fit the box at every width (the search page says all it searches)
        placeholder="Sessions, speakers…"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={200}
      />
      <button type="submit" class="site-search-button">
        Search
      </button>
    </form>
  );
}
