import type { MentionKind } from '../roundup-mention.entity';

/** A place a speaker or session pattern matched, before overlapping matches are settled. */
export interface Candidate {
  kind: MentionKind;
  targetId: string;
  /** The reported span, in original offsets. */
  start: number;
  end: number;
  /** The span the match claims against others (a title before a surname counts). */
  claimStart: number;
  claimEnd: number;
  rank: number;
  order: number;
}

export function candidate(
  kind: MentionKind,
  targetId: string,
  start: number,
  end: number,
  claimStart: number,
  claimEnd: number,
  rank: number,
  order: number,
): Candidate {
  return { kind, targetId, start, end, claimStart, claimEnd, rank, order };
}

/** Adds `value` to the list under `key` (patterns are indexed by their first word). */
export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
