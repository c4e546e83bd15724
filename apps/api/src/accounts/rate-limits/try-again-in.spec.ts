import { tryAgainIn } from './try-again-in';

describe('tryAgainIn', () => {
  it('says whole minutes, rounded up, and one minute in the singular', () => {
    expect(tryAgainIn(331)).toBe('Try again in 6 minutes.');
    expect(tryAgainIn(60)).toBe('Try again in 1 minute.');
    expect(tryAgainIn(61)).toBe('Try again in 2 minutes.');
  });

  it('says seconds under a minute, never zero', () => {
    expect(tryAgainIn(42)).toBe('Try again in 42 seconds.');
    expect(tryAgainIn(1)).toBe('Try again in 1 second.');
    expect(tryAgainIn(0)).toBe('Try again in 1 second.');
  });
});
