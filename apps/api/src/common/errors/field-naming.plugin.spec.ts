import { nameBefore } from './field-naming.plugin';

describe('nameBefore', () => {
  it('finds the argument a literal belongs to, across lines', () => {
    const q = '{\n  conference(slug: "ncasc-2018") {\n    sessions(day: "2018-02-30") { id }\n  }\n}';
    expect(nameBefore(q, 3, 19)).toBe('day');
    expect(nameBefore(q, 2, 20)).toBe('slug');
  });

  it('gives nothing when no name stands before the position', () => {
    expect(nameBefore('{ x }', 1, 1)).toBeUndefined();
  });
});
