// A delegate's note as HTML, rendered in the browser: notes are private and may be read (and written)
// offline, so the API cannot render every version of one. Same reading and same allowed HTML as the
// API's write-ups (@ncasc/shared's markdown-policy); this module is loaded only where a note is shown.
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import {
  EXTERNAL_LINK_REL,
  MARKDOWN_ATTRIBUTES,
  MARKDOWN_OPTIONS,
  MARKDOWN_TAGS,
  isAllowedMarkdownHref,
  isOwnPagePath,
} from '@ncasc/shared';

const markdown = new MarkdownIt(MARKDOWN_OPTIONS);

/** `# A heading` as the `topHeading` level, `##` one below, and so on (never past h6). */
const headingLevel = (tag: string, topHeading: number) =>
  `h${Math.min(6, Number(tag.slice(1)) + topHeading - 1)}`;
for (const rule of ['heading_open', 'heading_close'] as const) {
  markdown.renderer.rules[rule] = (tokens, i, options, env, self) => {
    tokens[i].tag = headingLevel(
      tokens[i].tag,
      (env as { topHeading?: number } | undefined)?.topHeading ?? 2,
    );
    return self.renderToken(tokens, i, options);
  };
}

const purify = DOMPurify(window);
const allowedAttributes = [...new Set(Object.values(MARKDOWN_ATTRIBUTES).flat())];
purify.addHook('uponSanitizeAttribute', (node, data) => {
  const allowed = MARKDOWN_ATTRIBUTES[node.nodeName.toLowerCase()] ?? [];
  if (
    !allowed.includes(data.attrName) ||
    (data.attrName === 'href' && !isAllowedMarkdownHref(data.attrValue)) ||
    // the only class rendered Markdown has is a write-up's mention link
    (data.attrName === 'class' && data.attrValue !== 'mention')
  )
    data.keepAttr = false;
});
purify.addHook('afterSanitizeAttributes', (node) => {
  // links to our own pages stay plain; links out pass on no referrer, opener or ranking
  if (node.nodeName === 'A' && !isOwnPagePath(node.getAttribute('href')))
    node.setAttribute('rel', EXTERNAL_LINK_REL);
});

/**
 * A note's Markdown as sanitised HTML, its headings starting at `topHeading` (the level below the
 * heading the note sits under).
 */
export function renderNoteMarkdown(source: string, topHeading: number): string {
  return purify.sanitize(markdown.render(source, { topHeading }), {
    ALLOWED_TAGS: [...MARKDOWN_TAGS],
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
