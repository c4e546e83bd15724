/**
 * "HMCI, Ofsted" from a title at the time, a role and an organisation, leaving out any part another
 * part already says ("HMCI, Ofsted" + "Ofsted" → "HMCI, Ofsted").
 */
export function affiliation(...parts: (string | null | undefined)[]): string {
  const kept: string[] = [];
  for (const part of parts) {
    const p = part?.trim();
    if (!p) continue;
    const lower = p.toLowerCase();
    if (kept.some((k) => k.toLowerCase().includes(lower))) continue;
    for (let i = kept.length - 1; i >= 0; i--) if (lower.includes(kept[i].toLowerCase())) kept.splice(i, 1);
    kept.push(p);
  }
  return kept.join(', ');
}
