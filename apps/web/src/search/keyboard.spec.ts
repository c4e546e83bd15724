import { nextFocusIndex } from './keyboard';

describe('nextFocusIndex (0 = the search box, 1…count = results)', () => {
  it.each([
    // from the box into the results, and down them
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 1, 3, 2],
    ['ArrowDown', 3, 3, 3],
    // back up, to the box
    ['ArrowUp', 3, 3, 2],
    ['ArrowUp', 1, 3, 0],
    ['ArrowUp', 0, 3, null],
    // Home and End among the results; in the box they move the caret
    ['Home', 3, 3, 1],
    ['End', 1, 3, 3],
    ['Home', 0, 3, null],
    ['End', 0, 3, null],
    // nothing to move to, or a key that is not ours
    ['ArrowDown', 0, 0, null],
    ['ArrowDown', -1, 3, null],
    ['ArrowDown', 4, 3, null],
    ['Enter', 1, 3, null],
    ['ArrowLeft', 1, 3, null],
  ])('%s from %i of %i → %p', (key, current, count, next) => {
    expect(nextFocusIndex(key, current, count)).toBe(next);
  });
});
