/** Marks around matched words, as the database writes them (control characters no text contains). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Brackets a character the Markdown escaped with a backslash while the syntax is taken out. */
const ESCAPED = '\u0001';

/**
 * Markdown's syntax taken out of a piece of Markdown, so it reads as the words a reader sees: links
 * and images as their text, emphasis, code and strike marks, heading, quote and list markers, rules,
 * link definitions and backslash escapes gone. The piece may be cut anywhere (a search snippet): a
 * link cut before its address still loses its brackets.
 */
export function markdownAsText(markdown: string): string {
  return (
    markdown
      // an escaped character is kept as it is, out of the way of the rules below
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, (_, c: string) => `${ESCAPED}${c.charCodeAt(0)}${ESCAPED}`)
      // link definitions ([id]: https://…) and the address part of links, whole or cut off
      .replace(/(^|\n)[ \t]*\[[^\]\n]+\]:[ \t]*\S+[^\n]*/g, '$1')
      .replace(/!?\[([^\]]*)\]\([^)]*(\)|$)/g, '$1')
      .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\]\([^)]*(\)|$)/g, '')
      .replace(/!?\[([^\]]*)$/, '$1')
      .replace(/<((?:https?|mailto):[^>\s]*)>/g, '$1')
      // rules, then heading, quote and list markers at the start of a line
      .replace(/(^|\n)[ \t]*([-*_])([ \t]*\2){2,}[ \t]*(?=\n|$)/g, '$1')
      .replace(/(^|\n)[ \t]*(?:#{1,6}|>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*/g, '$1')
      .replace(/[ \t]+#+[ \t]*(?=\n|$)/g, '')
      // emphasis, strike and code marks; _ only at a word's edge (snake_case stays)
      .replace(/(\*\*|__|~~|`+)/g, '')
      .replace(/\*(?=\S)|(?<=\S)\*/g, '')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)/gu, '$1')
      .replace(/(?<=\S)_(?=$|[^\p{L}\p{N}_])/gu, '')
      .replace(new RegExp(`${ESCAPED}(\\d+)${ESCAPED}`, 'g'), (_, code: string) =>
        String.fromCharCode(Number(code)),
      )
  );
}

/**
 * A database snippet as safe HTML: Markdown taken out so it reads as prose (markdownAsText), the
 * text escaped, the matched words in `<mark>`.
 */
export function snippetHtml(raw: string): string {
  return markdownAsText(raw)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/<mark>(\s*)<\/mark>/g, '$1');
}
