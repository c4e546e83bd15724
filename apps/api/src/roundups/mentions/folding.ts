/** Words in names and speaker mentions: letters and digits, joined by apostrophes or hyphens. */
export const NAME_WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
/** Words in session titles and their mentions: hyphens split them, apostrophes are dropped. */
export const TITLE_WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

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
export interface FoldedText {
  text: string;
  /** Original offset of the character each folded character comes from… */
  from: Int32Array;
  /** …and the original offset just after it (so a dropped accent stays with its letter). */
  to: Int32Array;
}

/** The text folded for comparison, each character traceable to the original's offsets. */
export function foldWithOffsets(original: string): FoldedText {
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

/** The text folded for comparison (for candidates' names and titles, whose offsets do not matter). */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** A word of a folded text. */
export interface Word {
  /** Offsets in the folded text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** `lower` without a possessive "'s". */
  base: string;
  capitalised: boolean;
}

/** The words of a folded text, by NAME_WORD or TITLE_WORD. */
export function words(folded: string, pattern: RegExp): Word[] {
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
