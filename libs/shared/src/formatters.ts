/** Each formatter made once per (zone, purpose): making one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatter(
  timeZone: string,
  purpose: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${timeZone}|${purpose}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}
