/**
 * How the product reads Markdown and what HTML it lets through, in one place: the API renders
 * write-ups with markdown-it and sanitize-html (apps/api/src/roundups/markdown/render-markdown.ts),
 * the web client renders a delegate's private notes with markdown-it and DOMPurify
 * (apps/web/src/notes/note-markdown.ts), both from these settings, so a note reads on screen as a
 * write-up would and as the printed report lays it out.
 */

/** markdown-it's options: raw HTML is never rendered, bare addresses become links, typographer quotes. */
export const MARKDOWN_OPTIONS = { html: false, linkify: true, typographer: true } as const;

/** The elements rendered Markdown may keep (h1 becomes h2: the page has its own h1). */
export const MARKDOWN_TAGS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** The attributes each element may keep. */
export const MARKDOWN_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'rel', 'class'],
  ol: ['start'],
  th: ['align'],
  td: ['align'],
};

/** The URL schemes a link may have (besides a path on this site); protocol-relative `//host` is refused. */
export const MARKDOWN_SCHEMES = ['http', 'https', 'mailto'] as const;

/** Whether a link goes to one of this site's own pages (`/sessions/…`): such links stay plain. */
export const isOwnPagePath = (href: string | null | undefined): boolean => /^\/[\w-]/.test(href ?? '');

/** What a link out of the site carries: no referrer, no opener, no ranking passed on. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer nofollow';

/**
 * Whether a link's address is one rendered Markdown may keep: one of the schemes above, or an address
 * without a scheme (a path, `#part`), but not a protocol-relative `//host`.
 */
export function isAllowedMarkdownHref(href: string): boolean {
  // browsers ignore control characters and spaces in a scheme (`java\tscript:`) and read `\` as `/`
  const compact = [...href]
    .filter((c) => c.charCodeAt(0) > 0x20 && c !== '\u007f')
    .join('')
    .replace(/\\/g, '/');
  if (compact.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return scheme === undefined || (MARKDOWN_SCHEMES as readonly string[]).includes(scheme);
}
