import { renderMarkdown } from './render-markdown';

/** Every tag the browser would build from the HTML (text that merely looks like HTML is escaped, not a tag). */
const tags = (html: string): string[] => html.match(/<[a-z][^>]*>/gi) ?? [];

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis, lists and links', () => {
    const html = renderMarkdown('Opening **speech**\n\n- one\n- two\n\n[ADCS](https://adcs.org.uk)');
    expect(html).toContain('<strong>speech</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toMatch(/<a href="https:\/\/adcs\.org\.uk" rel="noopener noreferrer nofollow">ADCS<\/a>/);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<iframe src="https://evil.example"></iframe>',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<svg onload=alert(1)>',
    '![x](https://x.example/a.png" onerror="alert(1))',
    '[x](https://ok.example "t\\" onmouseover=\\"alert(1))',
  ])('builds no executable or styled element from %s', (payload) => {
    for (const tag of tags(renderMarkdown(payload))) {
      expect(tag).not.toMatch(/^<(script|iframe|img|svg|object|embed|style)/i);
      expect(tag).not.toMatch(/\son\w+\s*=|\sstyle\s*=|(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    }
  });
});
