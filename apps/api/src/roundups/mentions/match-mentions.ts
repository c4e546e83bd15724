import type { MentionKind } from '../roundup-mention.entity';
import type { Candidate } from './candidate';
import { Sentences } from './excerpts';
import { foldWithOffsets } from './folding';
import { type SessionCandidate, SessionTitlePatterns } from './session-titles';
import { type SpeakerCandidate, SpeakerNamePatterns } from './speaker-names';

export type { SessionCandidate } from './session-titles';
export type { SpeakerCandidate } from './speaker-names';

/** A place in a text that names a speaker or a session. */
export interface MentionMatch {
  kind: MentionKind;
  targetId: string;
  /** Exactly the text's own characters that matched (a speaker's name without honorifics or a possessive "'s"). */
  matchedText: string;
  /** Offset of `matchedText` in the text. */
  index: number;
  /** The sentence around the match as plain text, white space collapsed, at most 240 characters (cut with "…"). */
  excerpt: string;
}

/**
 * Finds where a text mentions one conference's speakers and sessions. Build it once per conference
 * (the candidates are indexed up front) and call it for every text.
 *
 * Speakers (SpeakerNamePatterns) and sessions (SessionTitlePatterns) are matched on their own first.
 * Where matches overlap the longer one wins (a session title holding a speaker's name is the session's;
 * "Amanda Spielman" beats "Spielman"), then the whole title or full name over a phrase or surname.
 */
export class MentionMatcher {
  private readonly speakers: SpeakerNamePatterns;
  private readonly sessions: SessionTitlePatterns;

  constructor(speakers: SpeakerCandidate[], sessions: SessionCandidate[]) {
    this.speakers = new SpeakerNamePatterns(speakers);
    this.sessions = new SessionTitlePatterns(sessions);
  }

  /** Every non-overlapping mention in the text, in text order. */
  findAll(text: string): MentionMatch[] {
    if (!text) return [];
    const folded = foldWithOffsets(text);
    const candidates = [...this.speakers.candidates(folded), ...this.sessions.candidates(folded)];
    candidates.sort(
      (a, b) =>
        b.claimEnd - b.claimStart - (a.claimEnd - a.claimStart) ||
        b.rank - a.rank ||
        a.claimStart - b.claimStart ||
        a.order - b.order,
    );
    const claimed = new Uint8Array(text.length);
    const accepted: Candidate[] = [];
    for (const c of candidates) {
      if (isClaimed(claimed, c.claimStart, c.claimEnd)) continue;
      claimed.fill(1, c.claimStart, c.claimEnd);
      accepted.push(c);
    }
    accepted.sort((a, b) => a.start - b.start || a.order - b.order);
    const sentences = new Sentences(text);
    return accepted.map((c) => ({
      kind: c.kind,
      targetId: c.targetId,
      matchedText: text.slice(c.start, c.end),
      index: c.start,
      excerpt: sentences.excerpt(c.start, c.end),
    }));
  }

  /** The first mention of each speaker and session, in text order. */
  find(text: string): MentionMatch[] {
    const seen = new Set<string>();
    return this.findAll(text).filter((m) => {
      const key = `${m.kind}:${m.targetId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i]) return true;
  return false;
}
