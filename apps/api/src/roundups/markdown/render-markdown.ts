import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import {
  EXTERNAL_LINK_REL,
  isOwnPagePath,
  MARKDOWN_ATTRIBUTES,
  MARKDOWN_OPTIONS,
  MARKDOWN_SCHEMES,
  MARKDOWN_TAGS,
} from '@ncasc/shared';

/** A place in a run of text to turn into a link: `length` characters from `index`. */
export interface TextLink {
  index: number;
  length: number;
  href: string;
}

/** Finds the links to make in one run of plain text (never inside existing links or code). */
export type TextLinker = (text: string) => TextLink[];

// Raw HTML in the Markdown is not rendered (html: false); the output is sanitised all the same, so
// a renderer bug or a future plugin cannot let a script, event handler or javascript: URL through.
const markdown = new MarkdownIt(MARKDOWN_OPTIONS);

/**
 * Links the first mention of each target in the text runs of the document (after typographer
 * replacements, so curly apostrophes match), leaving existing links, code and headings' markup alone.
 */
markdown.core.ruler.push('mention_links', (state) => {
  const linker = (state.env as { linker?: TextLinker } | undefined)?.linker;
  if (!linker) return;
  const linked = new Set<string>();
  const textToken = (content: string) => {
    const t = new state.Token('text', '', 0);
    t.content = content;
    return t;
  };
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children: typeof block.children = [];
    let insideLink = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') insideLink++;
      if (token.type === 'link_close') insideLink--;
      if (token.type !== 'text' || insideLink > 0) {
        children.push(token);
        continue;
      }
      let at = 0;
      for (const link of linker(token.content)) {
        if (linked.has(link.href) || link.index < at) continue;
        linked.add(link.href);
        const before = token.content.slice(at, link.index);
        if (before) children.push(textToken(before));
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [
          ['href', link.href],
          ['class', 'mention'],
        ];
        children.push(open, textToken(token.content.slice(link.index, link.index + link.length)));
        children.push(new state.Token('link_close', 'a', -1));
        at = link.index + link.length;
      }
      if (at === 0) children.push(token);
      else if (at < token.content.length) children.push(textToken(token.content.slice(at)));
    }
    block.children = children;
  }
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...MARKDOWN_TAGS],
  allowedAttributes: Object.fromEntries(Object.entries(MARKDOWN_ATTRIBUTES).map(([tag, a]) => [tag, [...a]])),
  allowedClasses: { a: ['mention'] },
  allowedSchemes: [...MARKDOWN_SCHEMES],
  allowProtocolRelative: false,
  transformTags: {
    // headings in a write-up sit under the page's own h1
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      // links to our own pages (mentions) stay plain; links out do not pass on referrer or ranking
      attribs: isOwnPagePath(attribs.href) ? attribs : { ...attribs, rel: EXTERNAL_LINK_REL },
    }),
  },
};

/**
 * The same Markdown read into markdown-it's tokens (raw HTML off, links as written), for renderers
 * that are not HTML: the printed report lays a delegate's notes out from these.
 */
export function markdownTokens(source: string): ReturnType<typeof markdown.parse> {
  return markdown.parse(source, {});
}

/** Markdown as sanitised HTML; with a linker, the first mention of each target becomes a link. */
export function renderMarkdown(source: string, linker?: TextLinker): string {
  return sanitizeHtml(markdown.render(source, linker ? { linker } : {}), SANITIZE);
}
