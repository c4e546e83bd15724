import { authHref, nextPath, sameOriginPath } from './auth-paths';

const ORIGIN = 'https://programmes.example';

describe('nextPath', () => {
  it.each([
    ['', '/'],
    ['?next=/conferences/ncasc-2018', '/conferences/ncasc-2018'],
    ['?next=%2Fsessions%2Fabc%3Fx%3D1', '/sessions/abc?x=1'],
    [
      `?next=${encodeURIComponent('/conferences/ncasc-2018?x=1#day-2018-11-15')}`,
      '/conferences/ncasc-2018?x=1#day-2018-11-15',
    ],
    ['?next=/notes#top', '/notes#top'],
    ['?next=https://evil.example/', '/'],
    [`?next=${encodeURIComponent('https://evil.example')}`, '/'],
    ['?next=//evil.example/', '/'],
    [`?next=${encodeURIComponent('//evil.example')}`, '/'],
    ['?next=/%5Cevil.example', '/'],
    [`?next=${encodeURIComponent('/\\evil.example')}`, '/'],
    // a tab (or newline) is dropped by the browser: "/\t/evil.example" would become "//evil.example"
    ['?next=/%09/evil.example', '/'],
    [`?next=${encodeURIComponent('/\t/evil.example')}`, '/'],
    ['?next=/%0A/evil.example', '/'],
    ['?next=/%0D%0A/evil.example', '/'],
    ['?next=%09//evil.example', '/'],
    ['?next=/%20/evil.example', '/'],
    ['?next=javascript:alert(1)', '/'],
    [`?next=${encodeURIComponent('javascript:alert(1)')}`, '/'],
    ['?next=data:text/html,hi', '/'],
    ['?next=evil.example', '/'],
    ['?other=1', '/'],
  ])('%s → %s', (search, path) => {
    expect(nextPath(search, ORIGIN)).toBe(path);
  });
});

describe('sameOriginPath', () => {
  it.each([
    '//evil.example',
    '//evil.example/conferences',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\u0000/evil.example',
    '/\u00a0/evil.example',
    'https://evil.example',
    'https://programmes.example/notes', // absolute, even to this site: not a path
    'javascript:alert(1)',
    ' /notes',
    '',
    null,
    undefined,
  ])('refuses %j', (next) => {
    expect(sameOriginPath(next, ORIGIN)).toBeNull();
  });

  it.each([
    ['/', '/'],
    ['/conferences/ncasc-2018?x=1#day-2018-11-15', '/conferences/ncasc-2018?x=1#day-2018-11-15'],
    ['/sessions/abc?x=1', '/sessions/abc?x=1'],
    ['/%09/not-a-tab', '/%09/not-a-tab'], // an escaped tab left escaped is only a path here
    ['/a/../notes', '/notes'],
  ])('keeps %j as %j', (next, path) => {
    expect(sameOriginPath(next, ORIGIN)).toBe(path);
  });

  it('keeps to the origin it is given', () => {
    expect(sameOriginPath('/notes', 'http://127.0.0.1:4000')).toBe('/notes');
    expect(sameOriginPath('/notes', 'not an origin')).toBeNull();
  });
});

describe('authHref', () => {
  it('comes back to the page it was given', () => {
    expect(authHref('/sign-in', '/conferences/ncasc-2018')).toBe('/sign-in?next=%2Fconferences%2Fncasc-2018');
    expect(authHref('/sign-up', '/sessions/a?b=c')).toBe('/sign-up?next=%2Fsessions%2Fa%3Fb%3Dc');
    expect(authHref('/sign-in', '/')).toBe('/sign-in');
  });

  it('keeps the way back when moving between the sign-in pages', () => {
    expect(authHref('/sign-up', '/sign-in?next=%2Fnotes')).toBe('/sign-up?next=%2Fnotes');
    expect(authHref('/sign-in', '/sign-up')).toBe('/sign-in');
  });
});
