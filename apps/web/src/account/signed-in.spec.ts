import { SignedIn } from './signed-in';

describe('SignedIn', () => {
  it('is not known at first, and tells its listeners of each change with the one before', () => {
    const s = new SignedIn();
    const heard: [string | null, string | null | undefined][] = [];
    const stop = s.subscribe((id, before) => heard.push([id, before]));
    expect(s.current).toBeUndefined();
    expect(s.set('ann')).toBe(true);
    expect(s.set('ann')).toBe(false);
    s.set(null);
    s.set('bob');
    stop();
    s.set('cat');
    expect(heard).toEqual([
      ['ann', undefined],
      [null, 'ann'],
      ['bob', null],
    ]);
    expect(s.current).toBe('cat');
  });
});
