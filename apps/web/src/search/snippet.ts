/** A piece of a search snippet: plain text, marked (a matched word) or not. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The text an HTML-escaped string stands for: &amp; &lt; &gt; &quot; &#39; (and &apos; and other
 * numeric references) decoded in one pass, so "&amp;lt;" is "&lt;", never "<". Anything else is left.
 */
export function decodeEntities(s: string): string {
  return s.replace(
    /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g,
    (all, name, dec, hex) => {
      if (name) return NAMED[name as string];
      const code = dec ? Number(dec) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : all;
    },
  );
}

/**
 * A snippet from the search API (escaped text with matched words in <mark>…</mark>) as text pieces, to
 * render as text nodes and <mark> elements rather than as HTML. Adjacent pieces of the same kind are
 * joined and empty ones dropped; an unclosed <mark> runs to the end.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  let at = 0;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  for (const m of snippet.matchAll(/<(\/?)mark>/gi)) {
    push(snippet.slice(at, m.index));
    mark = m[1] !== '/';
    at = m.index + m[0].length;
  }
  push(snippet.slice(at));
  return parts;
}
