import { groupBy } from './collections';

describe('groupBy', () => {
  it('keeps groups in first-seen order and items in their own order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
    expect(groups.get('b')).toEqual(['b1', 'b2']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
  });

  it('gives no groups for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
