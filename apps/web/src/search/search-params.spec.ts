import { groupByKind, parseSearchParams, resultCountText, searchHref } from './search-params';

describe('search addresses', () => {
  it('reads the words, the conference and the kinds', () => {
    expect(parseSearchParams('?q=+mental+health+&conference=ncasc-2018&kind=ROUNDUP&kind=session')).toEqual({
      q: 'mental health',
      conference: 'ncasc-2018',
      kinds: ['SESSION', 'ROUNDUP'],
    });
    expect(parseSearchParams('')).toEqual({ q: '', conference: null, kinds: [] });
    expect(parseSearchParams('?q=x&kind=NOPE&conference=')).toEqual({ q: 'x', conference: null, kinds: [] });
  });

  it('treats every kind as no kind chosen', () => {
    expect(parseSearchParams('?q=x&kind=NOTE&kind=SESSION&kind=SPEAKER&kind=ROUNDUP').kinds).toEqual([]);
  });

  it('writes an address that reads back the same', () => {
    const href = searchHref({ q: 'Tom & Jerry', conference: 'adcs-2017', kinds: ['ROUNDUP', 'SESSION'] });
    expect(href).toBe('/search?q=Tom+%26+Jerry&conference=adcs-2017&kind=SESSION&kind=ROUNDUP');
    expect(parseSearchParams(href.slice('/search'.length))).toEqual({
      q: 'Tom & Jerry',
      conference: 'adcs-2017',
      kinds: ['SESSION', 'ROUNDUP'],
    });
    expect(searchHref({ q: '  ', conference: null, kinds: [] })).toBe('/search');
    expect(searchHref({ q: 'a', conference: null, kinds: ['SESSION', 'SPEAKER', 'ROUNDUP', 'NOTE'] })).toBe(
      '/search?q=a',
    );
  });
});

describe('groupByKind', () => {
  it('groups in the page order, keeping the ranking within a kind', () => {
    const hits = [
      { kind: 'ROUNDUP' as const, id: 'r1' },
      { kind: 'SPEAKER' as const, id: 'p1' },
      { kind: 'ROUNDUP' as const, id: 'r2' },
      { kind: 'SESSION' as const, id: 's1' },
    ];
    expect(groupByKind(hits)).toEqual([
      { kind: 'SESSION', hits: [{ kind: 'SESSION', id: 's1' }] },
      { kind: 'SPEAKER', hits: [{ kind: 'SPEAKER', id: 'p1' }] },
      {
        kind: 'ROUNDUP',
        hits: [
          { kind: 'ROUNDUP', id: 'r1' },
          { kind: 'ROUNDUP', id: 'r2' },
        ],
      },
    ]);
    expect(groupByKind([])).toEqual([]);
  });
});

describe('resultCountText', () => {
  it.each([
    [0, 'No results for “x”'],
    [1, '1 result for “x”'],
    [12, '12 results for “x”'],
  ])('%i → %s', (n, text) => {
    expect(resultCountText(n, 'x')).toBe(text);
  });
});
