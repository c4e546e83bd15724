import { compareKeys, decodeCursor, encodeCursor, pageInMemory } from './paging';

describe('cursor paging', () => {
  it('gives back the key a cursor was made from, for the same kind of list only', () => {
    const cursor = encodeCursor('thing', [2018, 'Ann Smith', 'id-1']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('thing', cursor, ['number', 'string', 'string'])).toEqual([
      2018,
      'Ann Smith',
      'id-1',
    ]);
    for (const [kind, shape] of [
      ['other', ['number', 'string', 'string']],
      ['thing', ['string', 'string', 'string']],
      ['thing', ['number', 'string']],
    ] as const) {
      expect(() => decodeCursor(kind, cursor, shape)).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
      );
    }
    for (const bad of [
      '',
      '!!!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1e999]').toString('base64url'),
    ])
      expect(() => decodeCursor('thing', bad, ['number'])).toThrow(
        expect.objectContaining({ field: 'after' }),
      );
  });

  it('pages from just after the cursor’s key, even when the item it named has gone', () => {
    const items = ['ann', 'bea', 'cal', 'dan', 'eve'];
    const key = (s: string) => [s];
    expect(pageInMemory(items, { first: 2 }, key)).toEqual(['ann', 'bea']);
    expect(pageInMemory(items, { first: 2, after: ['bea'] }, key)).toEqual(['cal', 'dan']);
    expect(pageInMemory(items, { after: ['bob'] }, key)).toEqual(['cal', 'dan', 'eve']);
    expect(pageInMemory(items, { first: 2, after: ['eve'] }, key)).toEqual([]);
    expect(pageInMemory(items, {}, key)).toEqual(items);
  });

  it('orders keys part by part, numbers by value', () => {
    expect(compareKeys([9, 'b'], [10, 'a'])).toBeLessThan(0);
    expect(compareKeys([10, 'a'], [10, 'b'])).toBeLessThan(0);
    expect(compareKeys([10, 'b'], [10, 'b'])).toBe(0);
  });
});
