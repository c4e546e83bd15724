/**
 * Where the arrow keys move focus on the search page. Position 0 is the search box and 1…count the
 * result links, top to bottom. ArrowDown goes from the box into the results and on down (staying on
 * the last); ArrowUp goes back up to the box; Home and End jump to the first and last result (but in
 * the box they move the caret, as usual). Null: leave the key to the browser.
 */
export function nextFocusIndex(key: string, current: number, count: number): number | null {
  if (count <= 0 || current < 0 || current > count) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count);
    case 'ArrowUp':
      return current === 0 ? null : current - 1;
    case 'Home':
      return current === 0 ? null : 1;
    case 'End':
      return current === 0 ? null : count;
    default:
      return null;
  }
}
