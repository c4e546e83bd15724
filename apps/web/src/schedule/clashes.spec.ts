import { clashingTitles, quotedList } from './clashes';

describe('clashingTitles', () => {
  it('marks both sessions of a clash, each with the other', () => {
    const m = clashingTitles([
      {
        sessions: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
        ],
      },
    ]);
    expect(m.get('a')).toEqual(['B']);
    expect(m.get('b')).toEqual(['A']);
    expect(m.has('c')).toBe(false);
  });

  it('joins the clashes a session is in, without repeats', () => {
    const m = clashingTitles([
      {
        sessions: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
          { id: 'c', title: 'C' },
        ],
      },
      {
        sessions: [
          { id: 'b', title: 'B' },
          { id: 'c', title: 'C' },
          { id: 'd', title: 'D' },
        ],
      },
    ]);
    expect(m.get('a')).toEqual(['B', 'C']);
    expect(m.get('b')).toEqual(['A', 'C', 'D']);
    expect(m.get('d')).toEqual(['B', 'C']);
  });
});

describe('quotedList', () => {
  it.each([
    [[], ''],
    [['A'], '“A”'],
    [['A', 'B'], '“A” and “B”'],
    [['A', 'B', 'C'], '“A”, “B” and “C”'],
  ])('%j → %s', (titles, text) => {
    expect(quotedList(titles)).toBe(text);
  });
});
