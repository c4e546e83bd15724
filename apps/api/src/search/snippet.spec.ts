import { MARK_END, MARK_START, markdownAsText, snippetHtml } from './snippet';

const marked = (s: string) => s.replaceAll('[[', MARK_START).replaceAll(']]', MARK_END);

describe('search snippets read as text, not Markdown', () => {
  it('keeps the words of bold, emphasis, links, headings, quotes and lists', () => {
    const md = [
      '## What we heard',
      '',
      'The **walrus** pilot, in _three_ areas, see [the report](https://example.org/walrus "Report").',
      '> Quoted *carefully*',
      '- first point',
      '2. second point',
      '---',
      'Code `like_this` and ~~struck~~ and \\*escaped\\* and snake_case_name.',
      '[ref]: https://example.org/ref',
    ].join('\n');
    expect(markdownAsText(md).replace(/\s+/g, ' ').trim()).toBe(
      'What we heard The walrus pilot, in three areas, see the report. Quoted carefully first point second point Code like_this and struck and *escaped* and snake_case_name.',
    );
  });

  it('takes the brackets off a link cut before or inside its address', () => {
    expect(markdownAsText('see [the walrus report')).toBe('see the walrus report');
    expect(markdownAsText('walrus report](https://example.org/wal')).toBe('walrus report');
    expect(markdownAsText('[walrus](https://exa')).toBe('walrus');
  });

  it('marks matched words in plain words, and a match inside a link’s address not at all', () => {
    const html = snippetHtml(
      marked('# Notes\n\nThe **[[walrus]]** pilot: [read it](https://example.org/[[walrus]])'),
    );
    expect(html).toBe('Notes The <mark>walrus</mark> pilot: read it');
  });

  it('escapes whatever else is there', () => {
    expect(snippetHtml('a <b>bold</b> & "quoted"')).toBe(
      'a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;',
    );
  });
});
