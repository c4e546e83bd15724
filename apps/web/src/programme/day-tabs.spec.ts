import { tabAfterKey } from './day-tabs';

describe('day tabs by keyboard', () => {
  it('moves along with the arrow keys, wrapping round at either end', () => {
    expect(tabAfterKey('ArrowRight', 0, 4)).toBe(1);
    expect(tabAfterKey('ArrowRight', 3, 4)).toBe(0);
    expect(tabAfterKey('ArrowLeft', 0, 4)).toBe(3);
    expect(tabAfterKey('ArrowDown', 1, 4)).toBe(2);
    expect(tabAfterKey('ArrowUp', 1, 4)).toBe(0);
  });

  it('jumps to the first and last tab with Home and End, and leaves other keys alone', () => {
    expect(tabAfterKey('Home', 2, 4)).toBe(0);
    expect(tabAfterKey('End', 0, 4)).toBe(3);
    expect(tabAfterKey('Tab', 1, 4)).toBeNull();
    expect(tabAfterKey('Enter', 1, 4)).toBeNull();
  });
});
