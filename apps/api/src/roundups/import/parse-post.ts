import { InvalidInputError } from '../../common/errors/domain-errors';
import { isLocalDate } from '../../common/scalars/local-date.scalar';

/** A blog post read from plain text: its title, its author and date when it states them, its body as Markdown. */
export interface ParsedPost {
  title: string;
  author: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  bodyMarkdown: string;
}

const MAX_TITLE_LENGTH = 300;
/** Author and date lines are looked for only this close to the title… */
const HEAD_LINES = 4;
/** …and to the end of the post. */
const TAIL_LINES = 3;

/** The line that ends each post in the blog captures. */
const TAGS_LINE = /^tags assigned to this article:?$/i;

/** Whole lines of page furniture the captures carry between and around posts (matched trimmed, any case). */
const BOILERPLATE: readonly RegExp[] = [
  TAGS_LINE,
  /^there are no tags assigned to this article!?$/i,
  /^related (?:blog )?(?:articles|posts|stories)$/i,
  /^share(?: this(?: article| post| page| story)?)?(?: (?:on|via) (?:twitter|x|facebook|linkedin|email|whatsapp))?:?$/i,
  /^(?:print|email)(?: this(?: article| post| page| story)?)?$/i,
  /^(?:[←<«]\s*)?(?:back|return) to (?:the )?(?:blog|blogs|news|articles|posts|top|all posts|all news)$/i,
  /^skip to (?:main )?(?:content|navigation)(?: skip to (?:main )?(?:content|navigation))*$/i,
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

const WEEKDAY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+/i;
/** "Date:", "Published on", "Posted on"… before a date standing on its own line. */
const DATE_PREFIX = /^(?:date|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?)\s*:?\s*/i;
/** "By", "Posted by", "Written by", "Author:" before a name. */
const AUTHOR_PREFIX = /^(?:(?:posted|written)\s+by|by|authors?)\s*:?(?:\s+|$)(.*)$/i;
/** Where a name ends and a date begins on an author line: "Jane Smith, 14 November 2018", "… on …", "… | …". */
const AUTHOR_DATE_SEPARATOR = /\s*,\s*|\s*\|\s*|\s+on\s+|\s+[–—-]\s+/gi;

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
const NAME_PARTICLES = new Set(
  'de van von der den la le da di du del della bin ibn al el ter ten and &'.split(' '),
);
/** Capitalised words that follow "By" at the start of a sentence without being anyone's name. */
const NOT_NAMES = new Set(
  (
    'january february march september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'christmas easter now then today tomorrow yesterday the this that these those contrast comparison ' +
    'doing working law default far all way next ' +
    // sign-offs that stand above a date like a name would
    'best kind many warm warmest with thanks regards yours sincerely cheers'
  ).split(' '),
);

const BULLET = /^\s*[•·▪◦*\-–—]\s+(\S.*)$/u;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(\S.*)$/;
/** Bare links are left unescaped so linkify still sees them whole. */
const URL = /(?:https?:\/\/|www\.)[^\s<>"`]+/gi;

/**
 * A plain-text post as Markdown. The title is the first non-empty line (after page furniture such as
 * "Related Blog Articles" or "Share this" is dropped); an author ("By …", "Author: …", "Posted by …",
 * "Written by …", optionally with a date) and a date ("14 November 2018", "14/11/2018", "Posted on …")
 * are read from lines standing alone within the first 4 lines after the title or the last 3 of the
 * post, and those lines leave the body. Blank lines separate paragraphs; lines starting with •, -, *,
 * –, — … become "- " list items and "1." / "1)" lines numbered ones. Everything else is escaped, so
 * markdown-it renders it literally: no heading from "#NCASC18", no list from "2018. What a year", no
 * emphasis, links or HTML (bare URLs are left for linkify), no "(c)" → © from the typographer, which
 * may still curl quotes, make dashes of "--" and an ellipsis of "...".
 *
 * @throws InvalidInputError (field "text") when there is no text, no title line, a title over 300
 *   characters or nothing in the body.
 */
export function parsePost(text: string): ParsedPost {
  const normalised = normaliseText(text);
  if (!normalised.trim()) throw new InvalidInputError('text', 'The post is empty: paste its text');
  const lines = normalised.split('\n').map((line) => (isBoilerplate(line) ? '' : line));

  const titleAt = lines.findIndex((line) => line.trim() !== '');
  if (titleAt < 0) {
    throw new InvalidInputError('text', 'The post has no title line: put the title on the first line');
  }
  const title = collapse(lines[titleAt]);
  if (title.length > MAX_TITLE_LENGTH) {
    throw new InvalidInputError(
      'text',
      `The first line is taken as the title and may have at most ${MAX_TITLE_LENGTH} characters (it has ${title.length})`,
    );
  }

  const body = lines.slice(titleAt + 1);
  const { author, publishedOn } = takeByline(body);
  const blocks = toBlocks(body);
  if (blocks.length === 0) {
    throw new InvalidInputError('text', 'The post has a title but no text below it');
  }
  return { title, author, publishedOn, bodyMarkdown: blocks.join('\n\n') };
}

/**
 * From a capture holding many posts one after another, the text of the post whose title line equals
 * `title` (trimmed, any case): from that line up to the next "Tags assigned to this article:" line or
 * the end of the capture. Null when no line is that title.
 */
export function extractPost(capture: string, title: string): string | null {
  const wanted = collapse(normaliseText(title)).toLowerCase();
  if (!wanted) return null;
  const lines = normaliseText(capture).split('\n');
  const start = lines.findIndex((line) => collapse(line).toLowerCase() === wanted);
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && !TAGS_LINE.test(lines[end].trim())) end++;
  return lines.slice(start, end).join('\n').trimEnd();
}

/** CR/CRLF to LF, NBSPs to spaces; no NULs, zero-width or control characters; no trailing spaces. */
function normaliseText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u00A0\u2007\u202F\t\v\f]/g, ' ')
      // eslint-disable-next-line no-control-regex -- NULs and other control characters are what is dropped
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
      .replace(/[ \u3000\u2000-\u200A]+$/gm, '')
  );
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isBoilerplate(line: string): boolean {
  const trimmed = collapse(line);
  return trimmed !== '' && BOILERPLATE.some((re) => re.test(trimmed));
}

/**
 * Reads the author and date from the lines near the top and bottom of the body, blanking the lines
 * it used (so they leave the body).
 */
function takeByline(body: string[]): { author: string | null; publishedOn: string | null } {
  const filled = body.flatMap((line, i) => (line.trim() ? [i] : []));
  const head = filled.slice(0, HEAD_LINES);
  const tail = filled.slice(-TAIL_LINES).filter((i) => !head.includes(i));
  let author: string | null = null;
  let publishedOn: string | null = null;
  const used = new Set<number>();

  for (const window of [head, tail]) {
    for (const [k, i] of window.entries()) {
      if (used.has(i)) continue;
      const line = collapse(body[i]);
      const byline = readAuthorLine(line);
      if (byline === 'prefix-only') {
        // "Written by" on a line of its own, the name on the next one
        const next = window[k + 1];
        const name = next === undefined ? null : readName(body[next]);
        if (next === undefined || name === null) continue;
        author ??= name;
        used.add(i).add(next);
      } else if (byline) {
        author ??= byline.author;
        publishedOn ??= byline.date;
        used.add(i);
      } else {
        const date = parseDateLine(line);
        if (!date) continue;
        publishedOn ??= date;
        used.add(i);
        // a name standing alone right above the date is the author's ("Jane Smith" / "Tuesday, 27 October 2015")
        const previous = window[k - 1];
        const name = previous === undefined || used.has(previous) ? null : readName(body[previous], 2);
        if (previous !== undefined && name !== null && author === null) {
          author = name;
          used.add(previous);
        }
      }
    }
  }
  for (const i of used) body[i] = '';
  return { author, publishedOn };
}

/** "By Jane Smith" → the name (and a date given with it); "Written by" alone → 'prefix-only'. */
function readAuthorLine(line: string): { author: string; date: string | null } | 'prefix-only' | null {
  const match = AUTHOR_PREFIX.exec(line);
  if (!match) return null;
  const rest = match[1].trim();
  if (!rest) return 'prefix-only';
  for (const separator of rest.matchAll(AUTHOR_DATE_SEPARATOR)) {
    const name = readName(rest.slice(0, separator.index));
    const date = name && parseDateText(rest.slice(separator.index + separator[0].length));
    if (name && date) return { author: name, date };
  }
  const name = readName(rest);
  return name ? { author: name, date: null } : null;
}

/** A person's (or a team's) name: 1–6 capitalised words, initials and particles such as "van der". */
function readName(text: string, minWords = 1): string | null {
  let name = collapse(text).replace(/[,;:]$/, '');
  // a full stop ends the line, unless it is an initial's ("Jane Q.")
  if (/\p{Ll}{2}\.$/u.test(name)) name = name.slice(0, -1);
  if (!name || name.length > 80) return null;
  const words = name.split(' ');
  if (words.length < minWords || words.length > 6) return null;
  if (!words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w))) return null;
  const [first, last] = [words[0], words[words.length - 1]];
  if (first === 'and' || first === '&' || !NAME_WORD.test(last)) return null;
  if (NOT_NAMES.has(first.toLowerCase())) return null;
  return name;
}

/** A line holding only a date, possibly after "Date:", "Published:" or "Posted on". */
function parseDateLine(line: string): string | null {
  return parseDateText(line.replace(DATE_PREFIX, ''));
}

/** "14 November 2018", "Wednesday 14th Nov 2018", "November 14, 2018", "14/11/2018" (UK), "2018-11-14" → "2018-11-14". */
function parseDateText(text: string): string | null {
  const s = collapse(text)
    .replace(/\.$/, '')
    .replace(/,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?$/i, '')
    .replace(WEEKDAY, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$/i.exec(s))) {
    return isoDate(+m[3], MONTHS.get(m[2].toLowerCase()), +m[1]);
  }
  if ((m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s))) {
    return isoDate(+m[3], MONTHS.get(m[1].toLowerCase()), +m[2]);
  }
  if ((m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s))) return isoDate(+m[4], +m[3], +m[1]);
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return isoDate(+m[1], +m[2], +m[3]);
  return null;
}

/** YYYY-MM-DD, or null for a day that does not exist (31 February) or a year out of range. */
function isoDate(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || year < 1900 || year > 2199) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isLocalDate(date) ? date : null;
}

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'bullets' | 'numbers'; items: { number: string; text: string }[]; gap: boolean };

/**
 * The body's blocks as Markdown: paragraphs (their lines joined by a space) and lists (consecutive
 * items of one kind, blank lines between them allowed; an indented line continues the item above).
 */
function toBlocks(lines: string[]): string[] {
  const blocks: Block[] = [];
  let current = null as Block | null;
  for (const line of lines) {
    if (!line.trim()) {
      if (current?.kind === 'paragraph') current = null;
      else if (current) current.gap = true;
      continue;
    }
    const item = readListItem(line);
    if (item) {
      const kind = item.number ? 'numbers' : 'bullets';
      if (current?.kind === kind) {
        current.items.push(item);
        current.gap = false;
      } else {
        current = { kind, items: [item], gap: false };
        blocks.push(current);
      }
    } else if (current && current.kind !== 'paragraph' && !current.gap && /^\s/.test(line)) {
      const last = current.items[current.items.length - 1];
      last.text = `${last.text} ${line.trim()}`;
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line);
    } else {
      current = { kind: 'paragraph', lines: [line] };
      blocks.push(current);
    }
  }
  return blocks.map((block) => {
    if (block.kind === 'paragraph') return escapeBlockText(collapse(block.lines.join(' ')));
    return block.items
      .map(
        (item) =>
          `${block.kind === 'bullets' ? '-' : `${item.number}.`} ${escapeBlockText(collapse(item.text))}`,
      )
      .join('\n');
  });
}

/** "• item" → { number: '', text: 'item' }; "2) item" → { number: '2', text: 'item' }. */
function readListItem(line: string): { number: string; text: string } | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { number: '', text: bullet[1] };
  const numbered = NUMBERED.exec(line);
  return numbered ? { number: numbered[1], text: numbered[2] } : null;
}

/** Text that starts a paragraph or a list item, escaped so it renders literally. */
function escapeBlockText(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(URL)) {
    const url = match[0].replace(/[.,;:!?'’"”)\]]+$/, (tail) =>
      // keep a closing bracket the link itself opened: https://en.wikipedia.org/wiki/Foo_(bar)
      match[0].includes('(') && tail.startsWith(')') ? ')' : '',
    );
    out += escapeInline(text.slice(at, match.index)) + url;
    at = match.index + url.length;
  }
  out += escapeInline(text.slice(at));
  // what would open a heading, quote, list, thematic break or setext underline at the start of a line
  if (/^[#+=-]/.test(out)) return `\\${out}`;
  return out.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Backslash-escapes what markdown-it would read as markup (or the typographer would replace) mid-line. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/\((?=(?:c|tm|r)\))/gi, '\\(')
    .replace(/[?!]{4,}|,{2,}/g, (run) => run.replace(/./g, '\\$&'));
}
