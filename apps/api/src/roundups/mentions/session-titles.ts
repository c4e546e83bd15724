import { MentionKind } from '../roundup-mention.entity';
import { type Candidate, candidate, push } from './candidate';
import { fold, type FoldedText, TITLE_WORD, type Word, words } from './folding';

/** One of the conference's sessions. */
export interface SessionCandidate {
  id: string;
  title: string;
}

/** Words that do not make a phrase of a session title distinctive. */
const STOP_WORDS = new Set(
  (
    'a an the of and in on for to with across from by at as into about or its their our your this that is are be ' +
    'we us via through between after before over under up out within without how what why who where when not no ' +
    'can do does all more than &'
  ).split(' '),
);

/**
 * Words of this field so common in round-ups that a phrase made only of them ("children's social care",
 * "local authorities") says nothing about which session is meant. A whole title may still consist of them.
 */
const GENERIC_WORDS = new Set(
  (
    'child children childrens young people peoples social care services service family families local authority ' +
    'authorities council councils school schools education health adult adults work workforce support national ' +
    'public sector practice policy conference session sessions plenary government england'
  ).split(' '),
);

/** A title word's comparison key: lower case, apostrophes dropped ("children's" = "childrens"). */
const titleKey = (word: Word): string => word.lower.replace(/'/g, '');

const isStopWord = (key: string): boolean => STOP_WORDS.has(key);

/** A gap between words that a title crosses only if it has one too: a sentence end or a blank line. */
const isHardGap = (s: string): boolean => /[.!?]|\n\s*\n/.test(s);

interface Phrase {
  sessionId: string;
  keys: string[];
  /** For titles of fewer than two content words: the words as written, matched case-sensitively. */
  exact: string[] | null;
  /** Whether the title itself crosses a sentence end between word k and k + 1. */
  hardGaps: boolean[];
  /** 3: the whole title, 2: a distinctive phrase of it. */
  rank: number;
}

/**
 * Where a text names one conference's sessions. The whole title, any case, ignoring punctuation and
 * spacing ("Contextual safeguarding: across transitions"); a title of fewer than two content words only
 * as written. Also its distinctive phrases: the pieces between ':', ';', dashes, brackets and commas,
 * and within those between " and ", " in ", " for " and " & ", without leading and trailing stop words;
 * a piece counts when it has two content words (three if it followed " and " / " in " / " for ", so
 * "local authorities" does not), 14 characters, a word that is not one of the field's everyday words
 * ("children's social care" does not count), and occurs in no other candidate's title.
 */
export class SessionTitlePatterns {
  private readonly phrases = new Map<string, Phrase[]>();

  constructor(sessions: SessionCandidate[]) {
    this.index(sessions);
  }

  private index(sessions: SessionCandidate[]): void {
    const titled = sessions.map((s) => {
      const folded = fold(s.title);
      const titleWords = words(folded, TITLE_WORD);
      return { session: s, folded, titleWords, keys: titleWords.map(titleKey) };
    });

    for (const { session, folded, titleWords, keys } of titled) {
      if (keys.length === 0) continue;
      const hardGaps = (ws: Word[], source: string): boolean[] =>
        ws.slice(1).map((w, k) => isHardGap(source.slice(ws[k].end, w.start)));
      const contentWords = keys.filter((k) => !isStopWord(k)).length;
      const whole: Phrase = {
        sessionId: session.id,
        keys,
        exact: contentWords < 2 ? titleWords.map((w) => w.text.replace(/'/g, '')) : null,
        hardGaps: hardGaps(titleWords, folded),
        rank: 3,
      };
      push(this.phrases, keys[0], whole);

      const seen = new Set([keys.join(' ')]);
      const others = titled.filter((t) => t.session !== session).map((t) => t.keys);
      const pieces = [
        { text: folded, tail: false },
        ...titleSegments(session.title).map((p) => ({ ...p, text: fold(p.text) })),
      ];
      for (const { text, tail } of pieces) {
        let segment = words(text, TITLE_WORD);
        while (segment.length > 0 && isStopWord(titleKey(segment[0]))) segment = segment.slice(1);
        while (segment.length > 0 && isStopWord(titleKey(segment[segment.length - 1])))
          segment = segment.slice(0, -1);
        const segmentKeys = segment.map(titleKey);
        const id = segmentKeys.join(' ');
        if (seen.has(id)) continue;
        seen.add(id);
        if (segmentKeys.filter((k) => !isStopWord(k)).length < (tail ? 3 : 2) || id.length < 14) continue;
        if (segmentKeys.every((k) => isStopWord(k) || GENERIC_WORDS.has(k))) continue;
        if (others.some((other) => containsRun(other, segmentKeys))) continue;
        push(this.phrases, segmentKeys[0], {
          sessionId: session.id,
          keys: segmentKeys,
          exact: null,
          hardGaps: hardGaps(segment, text),
          rank: 2,
        });
      }
    }
  }

  /** Every match in the text, overlapping ones included. */
  candidates(folded: FoldedText): Candidate[] {
    const ws = words(folded.text, TITLE_WORD);
    const keys = ws.map(titleKey);
    const out: Candidate[] = [];
    for (let i = 0; i < ws.length; i++) {
      for (const phrase of this.phrases.get(keys[i]) ?? []) {
        const n = phrase.keys.length;
        if (i + n > ws.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const w = ws[i + k];
          ok = phrase.exact ? w.text.replace(/'/g, '') === phrase.exact[k] : keys[i + k] === phrase.keys[k];
          if (ok && k > 0 && !phrase.hardGaps[k - 1])
            ok = !isHardGap(folded.text.slice(ws[i + k - 1].end, w.start));
        }
        if (!ok) continue;
        const start = folded.from[ws[i].start];
        const end = folded.to[ws[i + n - 1].end - 1];
        out.push(
          candidate(
            MentionKind.SESSION,
            phrase.sessionId,
            start,
            end,
            start,
            end,
            phrase.rank,
            out.length + 1e6,
          ),
        );
      }
    }
    return out;
  }
}

/** Whether `run` occurs in `keys` as consecutive words. */
function containsRun(keys: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= keys.length; i++) {
    for (let k = 0; k < run.length; k++) if (keys[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * A title's pieces: split at ':', ';', dashes, brackets and commas, then at " and ", " in ", " for "
 * and " & " (the pieces after those are `tail`: the objects of the title, often generic).
 */
function titleSegments(title: string): { text: string; tail: boolean }[] {
  return title
    .split(/\s*[:;—–()[\],]\s*|\s+-\s+/)
    .flatMap((part) => part.split(/\s+(?:and|in|for|&)\s+/i).map((text, k) => ({ text, tail: k > 0 })))
    .filter((s) => s.text.trim() !== '');
}
