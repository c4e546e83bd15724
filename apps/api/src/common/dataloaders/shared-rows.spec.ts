import { Derived, DerivedByKey, SharedRows } from './shared-rows';

describe('SharedRows', () => {
  it('gives the rows kept for a version and says which to read', () => {
    const rows = new SharedRows();
    rows.put(3, 'session', 'a', { id: 'a', title: 'Opening' });
    const { found, missing } = rows.take<{ title: string }>(3, 'session', ['a', 'b']);
    expect(found.get('a')?.title).toBe('Opening');
    expect(missing).toEqual(['b']);
    // another kind with the same id is another row
    expect(rows.take(3, 'speaker', ['a']).missing).toEqual(['a']);
  });

  it('forgets everything when the public data changes, and never keeps rows read at an older version', () => {
    const rows = new SharedRows();
    rows.put(3, 'session', 'a', { id: 'a' });
    expect(rows.take(4, 'session', ['a']).missing).toEqual(['a']);
    rows.put(3, 'session', 'a', { id: 'a', stale: true });
    expect(rows.take(4, 'session', ['a']).missing).toEqual(['a']);
    expect(rows.take(3, 'session', ['a']).missing).toEqual(['a']);
  });

  it('freezes what it keeps, so no request can change a row for the others', () => {
    const rows = new SharedRows();
    const kept = rows.put(1, 'participants', 's1', [{ speakerId: 'x', position: 0 }]);
    expect(() => kept.push({ speakerId: 'y', position: 1 })).toThrow(TypeError);
    expect(() => {
      kept[0].position = 5;
    }).toThrow(TypeError);
  });

  it('stays within its number of rows, the oldest going first', () => {
    const rows = new SharedRows(2);
    for (const id of ['a', 'b', 'c']) rows.put(1, 'room', id, { id });
    expect(rows.size).toBe(2);
    expect(rows.take(1, 'room', ['a', 'b', 'c']).missing).toEqual(['a']);
  });

  it('counts every kind towards its limit and drops the oldest rows of any kind first', () => {
    const rows = new SharedRows(3);
    rows.put(1, 'room', 'a', { id: 'a' });
    rows.put(1, 'room', 'b', { id: 'b' });
    rows.put(1, 'room', 'b', { id: 'b', again: true });
    rows.put(1, 'room', 'c', { id: 'c' });
    expect(rows.size).toBe(3);
    // a kind first kept once the store is full is kept (the oldest room goes)
    rows.put(1, 'speaker', 'x', { id: 'x' });
    expect(rows.size).toBe(3);
    expect(rows.take(1, 'speaker', ['x']).missing).toEqual([]);
    expect(rows.take(1, 'room', ['a', 'b', 'c']).missing).toEqual(['a']);
    // and many more after it: always the newest three
    for (let i = 0; i < 3000; i++) rows.put(1, i % 2 ? 'room' : 'speaker', `n${i}`, { i });
    expect(rows.size).toBe(3);
    expect(rows.take(1, 'speaker', ['n2998']).missing).toEqual([]);
    expect(rows.take(1, 'room', ['n2999', 'n2997']).missing).toEqual([]);
  });
});

describe('Derived', () => {
  it('works a value out once for a shared (frozen) row, and each time for a row that can change', () => {
    let made = 0;
    const titleOf = new Derived((row: { title: string }) => {
      made++;
      return row.title.toUpperCase();
    });
    const shared = new SharedRows().put(1, 'session', 'a', { title: 'Opening' });
    expect([titleOf.of(shared), titleOf.of(shared)]).toEqual(['OPENING', 'OPENING']);
    expect(made).toBe(1);
    const editable = { title: 'Draft' };
    titleOf.of(editable);
    editable.title = 'Edited';
    expect(titleOf.of(editable)).toBe('EDITED');
    expect(made).toBe(3);
  });

  it('keeps one value per key (a time zone) for a shared row', () => {
    const made: string[] = [];
    const at = new DerivedByKey((row: { hour: number }, zone: string) => {
      made.push(zone);
      return `${row.hour}h ${zone}`;
    });
    const shared = Object.freeze({ hour: 9 });
    expect(at.of(shared, 'Europe/London')).toBe('9h Europe/London');
    expect(at.of(shared, 'Europe/Paris')).toBe('9h Europe/Paris');
    expect(at.of(shared, 'Europe/London')).toBe('9h Europe/London');
    expect(made).toEqual(['Europe/London', 'Europe/Paris']);
  });
});
