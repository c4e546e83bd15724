/** "09:42" on the day, "14 Nov, 09:42" before it (this device's clock and zone). */
export function asOf(fetchedAt: number, now = Date.now()): string {
  const at = new Date(fetchedAt);
  const clock = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === new Date(now).toDateString()
    ? clock
    : `${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}, ${clock}`;
}

/** What the banner says: offline (or a slow server) and how old the programme shown is; '' when online. */
export function bannerText(
  state: { offline: boolean; oldest: number | null; fromDevice: boolean },
  now = Date.now(),
): string {
  if (state.offline)
    return state.oldest === null
      ? 'Offline — pages you have opened before are kept on this device'
      : `Offline — showing the programme as of ${asOf(state.oldest, now)}`;
  if (state.fromDevice && state.oldest !== null)
    return `The server is slow to answer — showing the programme as of ${asOf(state.oldest, now)}`;
  return '';
}
