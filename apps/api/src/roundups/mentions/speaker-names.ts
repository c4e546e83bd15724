import { MentionKind } from '../roundup-mention.entity';
import { type Candidate, candidate, push } from './candidate';
import { fold, type FoldedText, NAME_WORD, type Word, words } from './folding';

/** One of the conference's speakers, as a mention may name them. */
export interface SpeakerCandidate {
  id: string;
  /** Without honorifics, e.g. "Nadhim Zahawi". */
  name: string;
  /** e.g. ["Rt Hon", "MP"], ["Lord"], ["Cllr"]. */
  honorifics: string[] | null;
}

const NONE: never[] = [];

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

/** White space between two words of one name: at least one space, no blank line. */
const onlySpaces = (s: string): boolean => /^\s+$/.test(s) && !/\n\s*\n/.test(s);

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
 * Where a text names one conference's speakers. The full name (without honorifics), any case, on word
 * boundaries, possibly followed by "'s"; for a name of three or more words also its first and last word
 * ("Matt Dunkley" for "Matt J Dunkley"). A title and the surname ("Lord Laming", "Mr Zahawi", "Dr.
 * Smith"), case-sensitive, when the surname is one speaker's or only one of the speakers sharing it
 * carries that title. A capitalised surname on its own ("Spielman said"), when it is exactly one
 * speaker's, no speaker's first name, not an ordinary word (Young, Hope, May…) and not next to another
 * capitalised word (so "Stuart Carlton" is not a mention of a Jane Carlton). A first name alone never
 * matches.
 */
export class SpeakerNamePatterns {
  private readonly fullNames = new Map<string, FullNamePattern[]>();
  private readonly surnames = new Map<string, SurnameGroup[]>();
  private readonly titles: Set<string>;

  constructor(speakers: SpeakerCandidate[]) {
    const people = speakers.map(parseSpeaker).filter((s): s is Speaker => s !== null);
    this.titles = new Set([...TITLES, ...people.flatMap((p) => [...p.titles])]);
    this.index(people);
  }

  private index(people: Speaker[]): void {
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

  /** Every match in the text, overlapping ones included. */
  candidates(folded: FoldedText): Candidate[] {
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
}
