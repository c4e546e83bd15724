import { SignInLimiter } from './sign-in-limiter';

describe('SignInLimiter', () => {
  let now = 0;
  const limiter = () =>
    new SignInLimiter(() => now, { max: 3, windowMs: 60_000 }, { max: 10, windowMs: 60_000 });
  beforeEach(() => {
    now = 1_000_000;
  });

  it('refuses a pair after its failures reach the limit, then lets it try again once the window passes', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfter('1.1.1.1', 'a@x.org')).toBe(0);
      l.begin('1.1.1.1', 'a@x.org');
      now += 1000;
    }
    expect(l.retryAfter('1.1.1.1', 'a@x.org')).toBe(57);
    now += 57_000;
    expect(l.retryAfter('1.1.1.1', 'a@x.org')).toBe(0);
  });

  it('does not lock the real user out from another address', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.begin('6.6.6.6', 'victim@x.org');
    expect(l.retryAfter('6.6.6.6', 'victim@x.org')).toBeGreaterThan(0);
    expect(l.retryAfter('10.0.0.2', 'victim@x.org')).toBe(0);
  });

  it('limits one address trying many emails', () => {
    const l = limiter();
    for (let i = 0; i < 10; i++) l.begin('6.6.6.6', `user${i}@x.org`);
    expect(l.retryAfter('6.6.6.6', 'someone-new@x.org')).toBeGreaterThan(0);
  });

  it('counts attempts still being checked, so a parallel burst cannot get past the limit', () => {
    const l = limiter();
    const allowed = [];
    // ten requests arrive together; each asks, then begins, before any password check finishes
    for (let i = 0; i < 10; i++) {
      if (l.retryAfter('6.6.6.6', 'a@x.org') === 0) allowed.push(l.begin('6.6.6.6', 'a@x.org'));
    }
    expect(allowed).toHaveLength(3);
  });

  it('forgets a pair’s failures after a successful sign-in', () => {
    const l = limiter();
    l.begin('1.1.1.1', 'a@x.org');
    l.begin('1.1.1.1', 'a@x.org');
    l.succeeded('1.1.1.1', 'a@x.org', l.begin('1.1.1.1', 'a@x.org'));
    l.begin('1.1.1.1', 'a@x.org');
    expect(l.retryAfter('1.1.1.1', 'a@x.org')).toBe(0);
  });
});
