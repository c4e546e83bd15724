const EXCERPT_MAX = 240;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st cllr rev revd hon rt no nos vs etc eg ie approx dept govt fig vol ed eds jr sr'.split(
    ' ',
  ),
);

/** The sentences of one text, for excerpts. */
export class Sentences {
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
