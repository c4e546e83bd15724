import { matchRoute } from './router';

describe('web routes', () => {
  it.each([
    ['/', { page: 'conferences' }],
    ['/conferences/ncasc-2018', { page: 'agenda', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/', { page: 'agenda', slug: 'ncasc-2018' }],
    [
      '/sessions/3b1f0c1e-0000-4000-8000-000000000000',
      { page: 'session', id: '3b1f0c1e-0000-4000-8000-000000000000' },
    ],
    ['/speakers/abc', { page: 'speaker', id: 'abc' }],
    ['/roundups/abc', { page: 'roundup', id: 'abc' }],
    ['/conferences/ncasc-2018/schedule', { page: 'schedule', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/schedule/', { page: 'schedule', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/edit', { page: 'edit-programme', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/edit/', { page: 'edit-programme', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/edit/more', { page: 'not-found' }],
    ['/conferences/ncasc-2018/roundups', { page: 'roundups', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/roundups/', { page: 'roundups', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/roundups/import', { page: 'import-roundup', slug: 'ncasc-2018' }],
    ['/conferences/ncasc-2018/roundups/other', { page: 'not-found' }],
    ['/roundups/new', { page: 'new-roundup' }],
    ['/roundups/new/', { page: 'new-roundup' }],
    ['/roundups/abc/edit', { page: 'edit-roundup', id: 'abc' }],
    ['/roundups/abc/edit/more', { page: 'not-found' }],
    ['/roundups', { page: 'not-found' }],
    ['/setup/abc_DEF-123', { page: 'setup', token: 'abc_DEF-123' }],
    ['/setup/abc/more', { page: 'not-found' }],
    ['/setup', { page: 'not-found' }],
    ['/search', { page: 'search' }],
    ['/search/', { page: 'search' }],
    ['/search/more', { page: 'not-found' }],
    ['/themes', { page: 'themes' }],
    ['/themes/mental-health', { page: 'theme', slug: 'mental-health' }],
    ['/themes/mental%20health', { page: 'theme', slug: 'mental health' }],
    ['/themes/send/more', { page: 'not-found' }],
    ['/sign-in', { page: 'sign-in' }],
    ['/sign-up', { page: 'sign-up' }],
    ['/notes', { page: 'notes' }],
    ['/notes/', { page: 'notes' }],
    ['/conferences', { page: 'not-found' }],
    ['/conferences/ncasc-2018/other', { page: 'not-found' }],
    ['/toString', { page: 'not-found' }],
    ['/nowhere/at/all', { page: 'not-found' }],
  ])('%s → %j', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });
});
