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

/**
 * A database snippet as safe HTML: the text escaped, the matched words in `<mark>`, and Markdown
 * syntax (links' targets, emphasis, heading and quote markers, escapes) taken out so it reads as prose.
 */
export function snippetHtml(raw: string): string {
  const prose = raw
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\]\([^)]*\)/g, '')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|\n)\s*(#{1,6}|>|[-*+])\s+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return prose
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/<mark>(\s*)<\/mark>/g, '$1');
}
