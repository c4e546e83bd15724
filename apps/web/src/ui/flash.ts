/** A message for the next page to show once (after a save that moves to another page, a delete…). */
let carried: string | null = null;

export function carryMessage(message: string | null): void {
  carried = message;
}

/** The carried message, if any; it is gone afterwards. */
export function takeCarriedMessage(): string | null {
  const m = carried;
  carried = null;
  return m;
}
