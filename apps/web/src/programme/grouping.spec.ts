import { groupByYear, groupByYearAndConference, groupInOrder } from './grouping';

const ncasc18 = { slug: 'ncasc-2018', year: 2018 };
const adcs18 = { slug: 'adcs-2018', year: 2018 };
const ncasc15 = { slug: 'ncasc-2015', year: 2015 };
const adcs22 = { slug: 'adcs-2022', year: 2022 };

describe('groupInOrder', () => {
  it('keeps the order of first appearance and of the items', () => {
    expect(groupInOrder(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0])).toEqual([
      { key: 'b', items: ['b1', 'b2'] },
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'c', items: ['c1'] },
    ]);
    expect(groupInOrder([], (s: string) => s)).toEqual([]);
  });
});

describe('groupByYear', () => {
  const items = [
    { id: 1, year: 2018 },
    { id: 2, year: 2015 },
    { id: 3, year: 2022 },
    { id: 4, year: 2018 },
  ];
  it('puts the oldest year first by default', () => {
    expect(groupByYear(items, (i) => i.year).map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      [2015, [2]],
      [2018, [1, 4]],
      [2022, [3]],
    ]);
  });
  it('or the newest first', () => {
    expect(groupByYear(items, (i) => i.year, { newestFirst: true }).map((g) => g.year)).toEqual([
      2022, 2018, 2015,
    ]);
  });
});

describe('groupByYearAndConference', () => {
  it('groups sessions by year, then by conference in their order', () => {
    const sessions = [
      { id: 'a', conference: ncasc18 },
      { id: 'b', conference: adcs22 },
      { id: 'c', conference: adcs18 },
      { id: 'd', conference: ncasc15 },
      { id: 'e', conference: ncasc18 },
    ];
    const grouped = groupByYearAndConference(sessions, (s) => s.conference);
    expect(
      grouped.map((y) => [y.year, y.conferences.map((c) => [c.conference.slug, c.items.map((s) => s.id)])]),
    ).toEqual([
      [2015, [['ncasc-2015', ['d']]]],
      [
        2018,
        [
          ['ncasc-2018', ['a', 'e']],
          ['adcs-2018', ['c']],
        ],
      ],
      [2022, [['adcs-2022', ['b']]]],
    ]);
  });
});
