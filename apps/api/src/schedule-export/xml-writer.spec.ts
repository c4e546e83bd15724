import { escapeAttribute, escapeText, XmlWriter } from './xml-writer';

describe('XML escaping', () => {
  it('escapes markup in text and keeps every other character, curly quotes included', () => {
    expect(escapeText('Children & Young People Now')).toBe('Children &amp; Young People Now');
    expect(escapeText('a < b > c ]]> d')).toBe('a &lt; b &gt; c ]]&gt; d');
    expect(escapeText('North Yorkshire’s “No Wrong Door” – 2018')).toBe(
      'North Yorkshire’s “No Wrong Door” – 2018',
    );
    expect(escapeText(`"quoted" and 'single'`)).toBe(`"quoted" and 'single'`);
    // already-escaped text is escaped again (it is data, not markup)
    expect(escapeText('&amp;')).toBe('&amp;amp;');
  });

  it('escapes quotes and whitespace in attribute values', () => {
    expect(escapeAttribute('Say "hi" & <bye>')).toBe('Say &quot;hi&quot; &amp; &lt;bye&gt;');
    expect(escapeAttribute('two\nlines\tand\rreturn')).toBe('two&#10;lines&#9;and&#13;return');
  });

  it('drops characters XML 1.0 cannot carry at all', () => {
    expect(escapeText('bell\u0007 form\u000C feed, tab\tkept\n')).toBe('bell form feed, tab\tkept\n');
    expect(escapeText('lone \uD800 surrogate, pair 😀 kept')).toBe('lone  surrogate, pair 😀 kept');
  });
});

describe('XmlWriter', () => {
  it('writes nested, indented elements with escaped text and attributes', () => {
    const w = new XmlWriter();
    w.start('schedule', { version: '1 & 2' });
    w.element('title', 'Children & Young People Now "live"', { name: `O'Neil "Jr"` });
    w.element('empty');
    w.element('skipped', '', { keep: 0, gone: null, missing: undefined });
    w.end();
    expect(w.toString()).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<schedule version="1 &amp; 2">',
        `  <title name="O'Neil &quot;Jr&quot;">Children &amp; Young People Now "live"</title>`,
        '  <empty/>',
        '  <skipped keep="0"/>',
        '</schedule>',
        '',
      ].join('\n'),
    );
  });

  it('refuses names that are not XML names and unbalanced documents', () => {
    expect(() => new XmlWriter().element('a b', 'x')).toThrow(/Not an XML name/);
    expect(() => new XmlWriter().element('a', 'x', { 'on"click': 'y' })).toThrow(/Not an XML name/);
    expect(() => new XmlWriter().start('a').toString()).toThrow(/Unclosed/);
    expect(() => new XmlWriter().end()).toThrow(/No element is open/);
  });
});
