import { authHref, nextPath } from './auth-paths';

describe('nextPath', () => {
  it.each([
    ['', '/'],
    ['?next=/conferences/ncasc-2018', '/conferences/ncasc-2018'],
    ['?next=%2Fsessions%2Fabc%3Fx%3D1', '/sessions/abc?x=1'],
    ['?next=https://evil.example/', '/'],
    ['?next=//evil.example/', '/'],
    ['?next=/%5Cevil.example', '/'],
    ['?next=javascript:alert(1)', '/'],
    ['?other=1', '/'],
  ])('%s → %s', (search, path) => {
    expect(nextPath(search)).toBe(path);
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
