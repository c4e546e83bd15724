import { isAllowedMarkdownHref, isOwnPagePath } from './markdown-policy';

describe('which links rendered Markdown keeps', () => {
  it('keeps web and mail addresses, paths on this site and parts of the page', () => {
    for (const href of [
      'https://adcs.org.uk/x',
      'http://example.org',
      'mailto:a@b.example',
      '/sessions/1',
      '#notes',
    ])
      expect([href, isAllowedMarkdownHref(href)]).toEqual([href, true]);
  });

  it('refuses scripts, data, other schemes and protocol-relative hosts, however they are spelt', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/x',
      '\\\\evil.example/x',
      '/\\evil.example/x',
    ])
      expect([href, isAllowedMarkdownHref(href)]).toEqual([href, false]);
  });

  it('tells this site’s pages from links out', () => {
    expect(isOwnPagePath('/speakers/abc')).toBe(true);
    expect(isOwnPagePath('//evil.example')).toBe(false);
    expect(isOwnPagePath('https://example.org')).toBe(false);
    expect(isOwnPagePath(null)).toBe(false);
  });
});
