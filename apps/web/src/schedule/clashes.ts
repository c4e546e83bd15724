/** For each starred session in a clash, the titles of the other sessions it clashes with, in order. */
export function clashingTitles(
  clashes: { sessions: { id: string; title: string }[] }[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const clash of clashes) {
    for (const s of clash.sessions) {
      const titles = out.get(s.id) ?? [];
      for (const other of clash.sessions)
        if (other.id !== s.id && !titles.includes(other.title)) titles.push(other.title);
      out.set(s.id, titles);
    }
  }
  return out;
}

/** “A”, “A” and “B”, “A”, “B” and “C”. */
export function quotedList(titles: string[]): string {
  const q = titles.map((t) => `“${t}”`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
