import { decodeEntities, splitSnippet } from './snippet';

describe('decodeEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&quot;quoted&quot; and &#39;single&#39;', '"quoted" and \'single\''],
    ['&#x27;hex&#X27; &#8217; &apos;', "'hex' ’ '"],
    // one pass: an escaped entity stays an entity
    ['&amp;lt;', '&lt;'],
    ['&amp;amp;', '&amp;'],
    // not ours to decode
    ['&nbsp; & &unknown; &#0; &#xD800; &#99999999;', '&nbsp; & &unknown; &#0; &#xD800; &#99999999;'],
    ['no entities', 'no entities'],
  ])('%s → %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('splitSnippet', () => {
  it('splits marked words from the text around them', () => {
    expect(splitSnippet('…opened by <mark>Donna</mark> <mark>Malloy</mark> of the EIF…')).toEqual([
      { text: '…opened by ', mark: false },
      { text: 'Donna', mark: true },
      { text: ' ', mark: false },
      { text: 'Malloy', mark: true },
      { text: ' of the EIF…', mark: false },
    ]);
  });

  it('decodes entities in the pieces, and never reads them as tags', () => {
    expect(splitSnippet('&lt;mark&gt; is <mark>Children&#39;s</mark> &amp; families')).toEqual([
      { text: '<mark> is ', mark: false },
      { text: "Children's", mark: true },
      { text: ' & families', mark: false },
    ]);
  });

  it('joins adjacent marks and drops empty pieces', () => {
    expect(splitSnippet('<mark>men</mark><mark>tal</mark> health<mark></mark>')).toEqual([
      { text: 'mental', mark: true },
      { text: ' health', mark: false },
    ]);
  });

  it('copes with a mark at either end, an unclosed mark and upper case', () => {
    expect(splitSnippet('<MARK>SEND</MARK> reforms <mark>fund')).toEqual([
      { text: 'SEND', mark: true },
      { text: ' reforms ', mark: false },
      { text: 'fund', mark: true },
    ]);
    expect(splitSnippet('')).toEqual([]);
    expect(splitSnippet('plain')).toEqual([{ text: 'plain', mark: false }]);
  });
});
