import { MentionKind } from '../roundup-mention.entity';

/** One of the conference's speakers, as a mention may name them. */
export interface SpeakerCandidate {
  id: string;
  /** Without honorifics, e.g. "Nadhim Zahawi". */
  name: string;
  /** e.g. ["Rt Hon", "MP"], ["Lord"], ["Cllr"]. */
  honorifics: string[] | null;
}

/** One of the conference's sessions. */
export interface SessionCandidate {
  id: string;
  title: string;
}

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

const EXCERPT_MAX = 240;
const NONE: never[] = [];

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

/** Titles written before a surname ("Dr Smith", "Lord Laming"), lower case. */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr doctor prof professor sir dame lord lady baroness baron viscount earl cllr councillor ' +
    'rev revd reverend canon hon judge justice'
  )
    .split(' ')
    .concat([
      'rt hon',
      'the rt hon',
      'right honourable',
      'the right honourable',
      'lord justice',
      'lady justice',
    ]),
);
const MAX_TITLE_WORDS = 3;

/** Letters after a name ("Nadhim Zahawi MP"), taken off a candidate's name when it carries them. */
const POST_NOMINALS = new Set(
  'obe cbe mbe kbe dbe cb kcb bem mp msp ms am mla mep qc kc jp dl frsa phd hmci'.split(' '),
);

/**
 * Capitalised ordinary words that are also surnames or first names: never matched as a surname on its
 * own, and a full name made of one of them must show a capital to match ("Will Young", not "will young").
 */
const COMMON_WORDS = new Set(
  (
    'young hope may will long day white green black brown grey gray rich hall king bell hill wood rose lamb fox ' +
    'price page bishop baker mason cook little sharp strong west north south east bird best love law marsh new ' +
    'good joy faith grace summer winter frost french english wells church mark park lane street bridge field well ' +
    'march june april august wise chance small short friend power gold stone banks dawn early care case child ' +
    'hunt lord moss rice ward waters parish member head'
  ).split(' '),
);

/**
 * Capitalised words that may stand right before a surname on its own without being a first name:
 * sentence openers and roles ("But Gallimore said", "Minister Zahawi").
 */
const ALLOWED_BEFORE_SURNAME = new Set(
  (
    'but and then so yet also when while as after before finally later here there today yesterday meanwhile ' +
    'however now if although though because since where why how what the in on at with from for by to of said ' +
    'says thanks thank like both whereas once until unlike ' +
    'president minister chair chairman chairwoman secretary commissioner inspector director mayor chief leader ' +
    'chancellor speaker deputy vice'
  ).split(' '),
);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st cllr rev revd hon rt no nos vs etc eg ie approx dept govt fig vol ed eds jr sr'.split(
    ' ',
  ),
);

/** Words in names and speaker mentions: letters and digits, joined by apostrophes or hyphens. */
const NAME_WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
/** Words in session titles and their mentions: hyphens split them, apostrophes are dropped. */
const TITLE_WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

const APOSTROPHE = /^['‘’ʼ′`´]$/u;
const DASH = /^[‐‑‒–−﹣－]$/u;
const INVISIBLE = /^[\u200B-\u200D\u2060\uFEFF\u00AD]$/u;
const COMBINING = /\p{M}/gu;

const foldCache = new Map<string, string>();

/**
 * One character folded for comparison: accents off (NFD, combining marks removed), curly apostrophes
 * and primes to ', hyphen-like dashes to -, exotic spaces to a space, invisible characters to nothing.
 */
function foldChar(ch: string): string {
  if (ch < '\u0080') return ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (APOSTROPHE.test(ch)) folded = "'";
    else if (DASH.test(ch)) folded = '-';
    else if (INVISIBLE.test(ch)) folded = '';
    else if (/^\s$/u.test(ch)) folded = ' ';
    else folded = ch.normalize('NFD').replace(COMBINING, '');
    foldCache.set(ch, folded);
  }
  return folded;
}

/** A folded copy of a text, with where each of its characters came from in the original. */
interface FoldedText {
  text: string;
  /** Original offset of the character each folded character comes from… */
  from: Int32Array;
  /** …and the original offset just after it (so a dropped accent stays with its letter). */
  to: Int32Array;
}

function foldWithOffsets(original: string): FoldedText {
  const parts: string[] = [];
  let from: Int32Array = new Int32Array(original.length + 8);
  let to: Int32Array = new Int32Array(original.length + 8);
  let n = 0;
  let asciiFrom = 0; // start of the run of ASCII characters not yet copied
  for (let i = 0; i < original.length;) {
    if (original.charCodeAt(i) < 0x80) {
      from[n] = i;
      to[n++] = i + 1;
      i++;
      continue;
    }
    parts.push(original.slice(asciiFrom, i));
    const width = original.codePointAt(i)! > 0xffff ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    if (folded === '' && n > 0) to[n - 1] = i + width;
    if (n + folded.length > from.length) {
      // NFD made more characters than it took (a Hangul syllable): make room
      from = grown(from, 2 * from.length + folded.length);
      to = grown(to, from.length);
    }
    for (let k = 0; k < folded.length; k++) {
      from[n] = i;
      to[n++] = i + width;
    }
    parts.push(folded);
    i += width;
    asciiFrom = i;
  }
  parts.push(original.slice(asciiFrom));
  return { text: parts.join(''), from, to };
}

function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

interface Word {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** `lower` without a possessive "'s". */
  base: string;
  capitalised: boolean;
}

function words(folded: string, pattern: RegExp): Word[] {
  const out: Word[] = [];
  for (const m of folded.matchAll(pattern)) {
    const lower = m[0].toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      lower,
      base: lower.length > 2 && lower.endsWith("'s") ? lower.slice(0, -2) : lower,
      capitalised: m[0][0] !== m[0][0].toLowerCase(),
    });
  }
  return out;
}

/** A title word's comparison key: lower case, apostrophes dropped ("children's" = "childrens"). */
const titleKey = (word: Word): string => word.lower.replace(/'/g, '');

const isStopWord = (key: string): boolean => STOP_WORDS.has(key);
/** White space between two words of one name: at least one space, no blank line. */
const onlySpaces = (s: string): boolean => /^\s+$/.test(s) && !/\n\s*\n/.test(s);
/** A gap between words that a title crosses only if it has one too: a sentence end or a blank line. */
const isHardGap = (s: string): boolean => /[.!?]|\n\s*\n/.test(s);

interface Speaker {
  id: string;
  /** The name without honorifics, lower case, word by word. */
  words: string[];
  /** Lower case. */
  surname: string[];
  /** Lower case; null for a one-word name. */
  firstName: string | null;
  /** Honorifics written before a name, lower case ("rt hon", "lord"). */
  titles: Set<string>;
}

/** A sequence of words naming a speaker in full ("amanda spielman"), any case. */
interface FullNamePattern {
  speaker: Speaker;
  words: string[];
  /** One of the words is an ordinary word: the text must show a capital. */
  hasCommonWord: boolean;
  /** A one-word name: it must be capitalised and may not run into another capitalised word. */
  single: boolean;
}

/** Every speaker with one surname. */
interface SurnameGroup {
  words: string[];
  key: string;
  speakers: Speaker[];
  /** The speaker a capitalised surname on its own names, if any may. */
  alone: Speaker | null;
}

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

interface Candidate {
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

function parseSpeaker(candidate: SpeakerCandidate): Speaker | null {
  const honorifics = (candidate.honorifics ?? [])
    .map((h) =>
      fold(h)
        .replace(/[().,]/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const titles = new Set(
    honorifics.filter((h) => /\p{Ll}/u.test(h)).map((h) => h.toLowerCase().replace(/\s+/g, ' ')),
  );
  const honorificWords = new Set(honorifics.flatMap((h) => h.toLowerCase().split(/\s+/)));
  let nameWords = words(fold(candidate.name), NAME_WORD).map((w) => w.text);
  const isTitleWord = (w: string): boolean =>
    honorificWords.has(w.toLowerCase()) ||
    TITLES.has(w.toLowerCase()) ||
    ['the', 'rt', 'right', 'honourable'].includes(w.toLowerCase());
  const isPostNominal = (w: string): boolean =>
    honorificWords.has(w.toLowerCase()) || POST_NOMINALS.has(w.toLowerCase());
  let first = 0;
  let last = nameWords.length;
  while (first < last - 1 && isTitleWord(nameWords[first])) first++;
  while (last > first + 1 && isPostNominal(nameWords[last - 1])) last--;
  nameWords = nameWords.slice(first, last).map((w) => w.toLowerCase());
  if (nameWords.length === 0) return null;

  // the surname is the last word with the particles before it ("van der Berg")
  let surnameStart = nameWords.length - 1;
  while (
    surnameStart > 1 &&
    /^(?:van|von|der|den|de|du|da|di|del|della|la|le|ter|ten|bin|al|st)$/.test(nameWords[surnameStart - 1])
  ) {
    surnameStart--;
  }
  return {
    id: candidate.id,
    words: nameWords,
    surname: nameWords.slice(surnameStart),
    firstName: nameWords.length > 1 ? nameWords[0] : null,
    titles,
  };
}

/**
 * Finds where a text mentions one conference's speakers and sessions. Build it once per conference
 * (the candidates are indexed up front) and call it for every text.
 *
 * Speakers: the full name (without honorifics), any case, on word boundaries, possibly followed by
 * "'s"; for a name of three or more words also its first and last word ("Matt Dunkley" for "Matt J
 * Dunkley"). A title and the surname ("Lord Laming", "Mr Zahawi", "Dr. Smith"), case-sensitive, when
 * the surname is one speaker's or only one of the speakers sharing it carries that title. A capitalised
 * surname on its own ("Spielman said"), when it is exactly one speaker's, no speaker's first name,
 * not an ordinary word (Young, Hope, May…) and not next to another capitalised word (so "Stuart Carlton"
 * is not a mention of a Jane Carlton). A first name alone never matches.
 *
 * Sessions: the whole title, any case, ignoring punctuation and spacing ("Contextual safeguarding:
 * across transitions"); a title of fewer than two content words only as written. Also its distinctive
 * phrases: the pieces between ':', ';', dashes, brackets and commas, and within those between " and ",
 * " in ", " for " and " & ", without leading and trailing stop words; a piece counts when it has two
 * content words (three if it followed " and " / " in " / " for ", so "local authorities" does not),
 * 14 characters, a word that is not one of the field's everyday words ("children's social care" does
 * not count), and occurs in no other candidate's title.
 *
 * Where matches overlap the longer one wins (a session title holding a speaker's name is the session's;
 * "Amanda Spielman" beats "Spielman"), then the whole title or full name over a phrase or surname.
 */
export class MentionMatcher {
  private readonly fullNames = new Map<string, FullNamePattern[]>();
  private readonly surnames = new Map<string, SurnameGroup[]>();
  private readonly titles: Set<string>;
  private readonly phrases = new Map<string, Phrase[]>();

  constructor(speakers: SpeakerCandidate[], sessions: SessionCandidate[]) {
    const people = speakers.map(parseSpeaker).filter((s): s is Speaker => s !== null);
    this.titles = new Set([...TITLES, ...people.flatMap((p) => [...p.titles])]);
    this.indexSpeakers(people);
    this.indexSessions(sessions);
  }

  /** Every non-overlapping mention in the text, in text order. */
  findAll(text: string): MentionMatch[] {
    if (!text) return [];
    const folded = foldWithOffsets(text);
    const candidates = [...this.speakerCandidates(folded), ...this.sessionCandidates(folded)];
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

  private indexSpeakers(people: Speaker[]): void {
    const groups = new Map<string, Speaker[]>();
    for (const p of people) {
      const key = p.surname.join(' ');
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const firstNames = new Set(people.flatMap((p) => (p.firstName ? [p.firstName] : [])));

    for (const [key, speakers] of groups) {
      const [only] = speakers;
      const alone =
        speakers.length === 1 && only.firstName !== null && !COMMON_WORDS.has(key) && !firstNames.has(key)
          ? only
          : null;
      push(this.surnames, only.surname[0], { words: only.surname, key, speakers, alone });
    }

    for (const p of people) {
      const variants = [p.words];
      if (p.words.length >= 3 && p.surname.length < p.words.length - 1)
        variants.push([p.words[0], ...p.surname]);
      for (const variant of variants) {
        const single = variant.length === 1;
        // a one-word name is a bare capitalised word: only when nobody else could be meant by it
        if (
          single &&
          (COMMON_WORDS.has(variant[0]) || firstNames.has(variant[0]) || groups.get(variant[0])!.length > 1)
        ) {
          continue;
        }
        push(this.fullNames, variant[0], {
          speaker: p,
          words: variant,
          hasCommonWord: variant.some((w) => COMMON_WORDS.has(w)),
          single,
        });
      }
    }
  }

  private indexSessions(sessions: SessionCandidate[]): void {
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

  private speakerCandidates(folded: FoldedText): Candidate[] {
    const ws = words(folded.text, NAME_WORD);
    const out: Candidate[] = [];
    const gap = (a: Word, b: Word): string => folded.text.slice(a.end, b.start);
    /** Original span of words i..j, without a possessive on the last. */
    const span = (i: number, j: number, possessive: boolean): [number, number] => {
      const end = ws[j].end - (possessive ? 2 : 0);
      return [folded.from[ws[i].start], folded.to[end - 1]];
    };
    /** Words i.. spell `want`, joined by spaces only; the last may carry "'s". Returns whether it did. */
    const spells = (i: number, want: string[]): { possessive: boolean } | null => {
      const j = i + want.length - 1;
      if (j >= ws.length) return null;
      for (let k = 0; k < want.length; k++) {
        const w = ws[i + k];
        if (k > 0 && !onlySpaces(gap(ws[i + k - 1], w))) return null;
        if (w.lower === want[k]) continue;
        if (k === want.length - 1 && w.base === want[k]) return { possessive: true };
        return null;
      }
      return { possessive: false };
    };
    /** A capitalised word right before word i that is not an opener, a role or a title: another name's. */
    const nameBefore = (i: number): boolean => {
      const prev = ws[i - 1];
      return (
        prev !== undefined &&
        prev.capitalised &&
        onlySpaces(gap(prev, ws[i])) &&
        !ALLOWED_BEFORE_SURNAME.has(prev.lower) &&
        !this.titles.has(prev.lower)
      );
    };
    /** A capitalised word (not letters after a name, such as MP) right after word j. */
    const nameAfter = (j: number, possessive: boolean): boolean => {
      const next = ws[j + 1];
      return (
        !possessive &&
        next !== undefined &&
        next.capitalised &&
        next.text !== next.text.toUpperCase() &&
        onlySpaces(gap(ws[j], next))
      );
    };
    /** The longest title (up to three words, capitalised) ending right before word i, as [its first word, key]. */
    const titleBefore = (i: number): [number, string] | null => {
      for (let n = Math.min(MAX_TITLE_WORDS, i); n >= 1; n--) {
        const run = ws.slice(i - n, i);
        if (!run.every((w, k) => w.capitalised && /^\.?\s+$/.test(gap(w, ws[i - n + k + 1])))) continue;
        const key = run.map((w) => w.lower).join(' ');
        if (this.titles.has(key)) return [i - n, key];
      }
      return null;
    };

    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const lookups = w.base === w.lower ? [w.lower] : [w.lower, w.base];
      for (const pattern of lookups.flatMap((key) => this.fullNames.get(key) ?? NONE)) {
        const match = spells(i, pattern.words);
        if (!match) continue;
        const j = i + pattern.words.length - 1;
        const [start, end] = span(i, j, match.possessive);
        const asWritten = folded.text.slice(ws[i].start, ws[j].end);
        if (pattern.hasCommonWord && !/\p{Lu}/u.test(asWritten)) continue;
        if (pattern.single && (!w.capitalised || nameBefore(i) || nameAfter(j, match.possessive))) continue;
        out.push(candidate(MentionKind.SPEAKER, pattern.speaker.id, start, end, start, end, 3, out.length));
      }

      for (const group of lookups.flatMap((key) => this.surnames.get(key) ?? NONE)) {
        const match = spells(i, group.words);
        if (!match) continue;
        const j = i + group.words.length - 1;
        if (!ws[j].capitalised || nameAfter(j, match.possessive)) continue;
        const [start, end] = span(i, j, match.possessive);
        const title = titleBefore(i);
        if (title) {
          const [titleAt, key] = title;
          const withTitle = group.speakers.filter((s) => s.titles.has(key));
          const speaker =
            group.speakers.length === 1 ? group.speakers[0] : withTitle.length === 1 ? withTitle[0] : null;
          if (speaker) {
            out.push(
              candidate(
                MentionKind.SPEAKER,
                speaker.id,
                start,
                end,
                folded.from[ws[titleAt].start],
                end,
                2,
                out.length,
              ),
            );
          }
        } else if (group.alone && !nameBefore(i)) {
          out.push(candidate(MentionKind.SPEAKER, group.alone.id, start, end, start, end, 1, out.length));
        }
      }
    }
    return out;
  }

  private sessionCandidates(folded: FoldedText): Candidate[] {
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

function candidate(
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

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i]) return true;
  return false;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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

/** The sentences of one text, for excerpts. */
class Sentences {
  private starts: number[] | null = null;

  constructor(private readonly text: string) {}

  /** The sentence holding original span [start, end) as plain text, cut around the span to 240 characters. */
  excerpt(start: number, end: number): string {
    const starts = (this.starts ??= sentenceStarts(this.text));
    let from = 0;
    let to = this.text.length;
    for (const s of starts) {
      if (s <= start) from = s;
      else if (s >= end) {
        to = s;
        break;
      }
    }
    const plain = plainText(this.text.slice(from, to), start - from, end - from);
    return cutAround(plain.text, plain.start, plain.end);
  }
}

/** Where sentences start: after a sentence end ("." before a capital, not "Dr."), a blank line or before a list item. */
function sentenceStarts(text: string): number[] {
  const starts = new Set<number>([0]);
  for (const m of text.matchAll(/\n[ \t]*\n\s*/g)) starts.add(m.index + m[0].length);
  for (const m of text.matchAll(/\n(?=[ \t]*(?:[-*+•·▪◦–—]\s|\d{1,3}[.)]\s|#{1,6}\s|>))/g))
    starts.add(m.index + 1);
  for (const m of text.matchAll(/([.!?…]+)["'”’)\]]*\s+(?=["'“‘([*_]?[\p{Lu}\p{N}])/gu)) {
    if (m[1] === '.') {
      const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
      if (word && ((word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(word.toLowerCase())))
        continue;
    }
    starts.add(m.index + m[0].length);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Markdown (or plain text) as plain text, white space collapsed, with where [start, end) ended up:
 * backslash escapes, emphasis and code marks, link targets and a leading list, quote or heading
 * marker are dropped.
 */
function plainText(source: string, start: number, end: number): { text: string; start: number; end: number } {
  const drop = new Uint8Array(source.length);
  const literal = new Uint8Array(source.length);
  for (const m of source.matchAll(/\\[!-/:-@[-`{-~]/g)) {
    drop[m.index] = 1;
    literal[m.index + 1] = 1;
  }
  for (const m of source.matchAll(/(!?)\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g)) {
    const open = m.index + m[1].length;
    if (literal[open]) continue;
    drop.fill(1, m.index, open + 1);
    drop.fill(1, open + 1 + m[2].length, m.index + m[0].length);
  }
  for (const m of source.matchAll(/<(?:https?|mailto):[^>\s]+>/g)) {
    if (literal[m.index]) continue;
    drop[m.index] = 1;
    drop[m.index + m[0].length - 1] = 1;
  }
  const isWord = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const isBlank = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
  for (const m of source.matchAll(/[*_`]+/g)) {
    if (literal[m.index]) continue;
    const before = source[m.index - 1];
    const after = source[m.index + m[0].length];
    const marks =
      m[0].startsWith('`') || !((isWord(before) && isWord(after)) || (isBlank(before) && isBlank(after)));
    if (marks) drop.fill(1, m.index, m.index + m[0].length);
  }
  const lead = /^\s*(?:#{1,6}\s+|>\s*|[-*+•·▪◦]\s+|\d{1,9}[.)]\s+)/.exec(source);
  if (lead && !literal[lead[0].length - 1]) drop.fill(1, 0, lead[0].length);

  let text = '';
  let outStart = 0;
  let outEnd = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === start) outStart = text.length;
    if (i === end) outEnd = text.length;
    if (i === source.length || drop[i]) continue;
    const ch = /\s/.test(source[i]) ? ' ' : source[i];
    if (ch === ' ' && (text === '' || text.endsWith(' '))) continue;
    text += ch;
  }
  const trimmed = text.trimEnd();
  return { text: trimmed, start: Math.min(outStart, trimmed.length), end: Math.min(outEnd, trimmed.length) };
}

/** At most EXCERPT_MAX characters of `text` around [start, end), cut between words and marked with "…". */
function cutAround(text: string, start: number, end: number): string {
  if (text.length <= EXCERPT_MAX) return text;
  if (end - start > EXCERPT_MAX - 2) {
    return `${start > 0 ? '…' : ''}${text.slice(start, start + EXCERPT_MAX - 2).trimEnd()}…`;
  }
  const room = EXCERPT_MAX - (end - start) - 2;
  const after = Math.min(text.length - end, room - Math.min(start, Math.floor(room / 2)));
  const before = Math.min(start, room - after);
  let from = start - before;
  let to = end + after;
  if (from > 0 && text[from - 1] !== ' ') {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  if (to < text.length && text[to] !== ' ') {
    const space = text.lastIndexOf(' ', to);
    to = space >= end ? space : end;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
