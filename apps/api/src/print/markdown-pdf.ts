import type { Pdf, Struct } from './pdf-document';
import { markdownTokens } from '../roundups/markdown/render-markdown';

type Token = ReturnType<typeof markdownTokens>[number];

const SIZE = 10;

/** Writes the runs of one inline token (bold, italic, code, links) as one flowing paragraph. */
function writeInline(
  doc: Pdf,
  inline: Token,
  options: PDFKit.Mixins.TextOptions,
  prefix = '',
  strong = false,
): void {
  const runs: { text: string; bold: boolean; italic: boolean; link: string | null }[] = [];
  let bold = strong ? 1 : 0;
  let italic = 0;
  let link: string | null = null;
  if (prefix) runs.push({ text: prefix, bold: false, italic: false, link: null });
  for (const t of inline.children ?? []) {
    switch (t.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        link = String(t.attrGet('href') ?? '');
        break;
      case 'link_close':
        link = null;
        break;
      case 'softbreak':
        runs.push({ text: ' ', bold: bold > 0, italic: italic > 0, link });
        break;
      case 'hardbreak':
        runs.push({ text: '\n', bold: bold > 0, italic: italic > 0, link });
        break;
      case 'text':
      case 'code_inline':
        runs.push({ text: t.content, bold: bold > 0, italic: italic > 0, link });
        break;
      default:
        if (t.content) runs.push({ text: t.content, bold: bold > 0, italic: italic > 0, link });
    }
  }
  if (!runs.length) return;
  runs.forEach((r, i) => {
    const font = r.bold ? (r.italic ? 'boldItalic' : 'bold') : r.italic ? 'italic' : 'regular';
    doc.font(font).text(r.text, {
      ...options,
      continued: i < runs.length - 1,
      // links out are underlined, so they show on paper in black and white
      underline: r.link !== null && /^https?:/.test(r.link),
      link: r.link && /^(https?|mailto):/.test(r.link) ? r.link : undefined,
    });
  });
  doc.font('regular');
}

/**
 * A delegate's Markdown note laid out in the PDF: paragraphs, headings, bullet and numbered lists,
 * quotes and code, with bold, italic and links. Parsed by the same markdown-it set-up as round-ups
 * (raw HTML is never rendered: it stays text).
 */
export function writeMarkdown(doc: Pdf, source: string, parent: Struct, x: number, width: number): void {
  const tokens = markdownTokens(source);
  const lists: { ordered: boolean; next: number }[] = [];
  let quote = 0;
  let heading: number | null = null;
  let pendingItem: string | null = null;
  doc.fontSize(SIZE).fillColor('black');
  for (const t of tokens) {
    const indent = x + lists.length * 14 + quote * 14;
    const options = { width: width - (indent - x), structParent: parent, structType: 'P' } as const;
    switch (t.type) {
      case 'heading_open':
        heading = Number(t.tag.slice(1));
        break;
      case 'heading_close':
        heading = null;
        break;
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(t.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        doc.moveDown(0.3);
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        pendingItem = list?.ordered ? `${list.next++}. ` : '• ';
        break;
      }
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'inline':
        doc.x = indent;
        if (heading !== null) {
          doc.fontSize(heading <= 2 ? SIZE + 2 : SIZE + 1);
          writeInline(doc, t, { ...options, structType: 'H4' }, '', true);
          doc.fontSize(SIZE);
        } else {
          if (quote) doc.font('italic');
          writeInline(doc, t, { ...options, structType: pendingItem ? 'LI' : 'P' }, pendingItem ?? '');
          pendingItem = null;
        }
        doc.moveDown(0.3);
        break;
      case 'fence':
      case 'code_block':
        doc.x = indent + 8;
        doc
          .font('regular')
          .fontSize(SIZE - 1)
          .text(t.content.replace(/\n$/, ''), { ...options, width: width - 8 });
        doc.fontSize(SIZE).moveDown(0.3);
        break;
      case 'hr':
        doc.moveDown(0.3);
        break;
      default:
        break;
    }
  }
  doc.x = x;
}
