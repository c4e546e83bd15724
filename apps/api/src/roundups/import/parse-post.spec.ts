import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { InvalidInputError } from '../../common/errors/domain-errors';
import { extractPost, parsePost } from './parse-post';

/** The captures live beside the repository (as in CI): <repo>/../shared/seeds. */
const REPO_ROOT = resolve(__dirname, '../../../../..');
const CAPTURE = resolve(REPO_ROOT, '../shared/seeds/002_d6c766277591dfe6.txt');

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const decode = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** What a reader sees of the rendered Markdown, white space collapsed. */
const renderedText = (md: string): string =>
  decode(
    markdown
      .render(md)
      .replace(/<\/?(?:p|li|ul|ol|h[1-6]|blockquote|pre|hr|table|tr|td|th)\b[^>]*>/g, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The typographer may curl quotes; compare text with straight ones. */
const straightQuotes = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

const tags = (md: string): string[] =>
  (markdown.render(md).match(/<[a-z0-9]+/gi) ?? []).map((t) => t.slice(1));

/** A post with a title line and the given body. */
const post = (...body: string[]): string => ['A title', '', ...body].join('\n');

function expectInvalid(text: string, message: RegExp): void {
  let error: unknown;
  try {
    parsePost(text);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  expect((error as Error).message).toMatch(message);
}

describe('parsePost', () => {
  it('takes the first non-empty line as the title and the rest as paragraphs', () => {
    const parsed = parsePost(
      '\n\n  Round-up of the week  \n\nFirst paragraph here.\n\nSecond one, which\nwraps onto a second line.\n',
    );
    expect(parsed).toEqual({
      title: 'Round-up of the week',
      author: null,
      publishedOn: null,
      bodyMarkdown: 'First paragraph here.\n\nSecond one, which wraps onto a second line.',
    });
  });

  it('normalises line endings, NBSPs, zero-width characters, NULs and trailing spaces', () => {
    const parsed = parsePost(
      'A\u200B title\r\n\r\nOne\u00A0two\u0000 three   \r\nfour\u200D five\t\rsix\uFEFF',
    );
    expect(parsed.title).toBe('A title');
    expect(parsed.bodyMarkdown).toBe('One two three four five six');
  });

  describe('errors', () => {
    it.each([
      ['an empty text', ''],
      ['white space only', '  \n\t\r\n \u00A0 \u200B'],
    ])('refuses %s', (_what, text) => expectInvalid(text, /empty/i));

    it('refuses a text that is nothing but page furniture', () =>
      expectInvalid('Related Blog Articles\n\nShare this\nPrint', /no title line/i));

    it('refuses a title over 300 characters, and takes one of 300', () => {
      expectInvalid(`${'x'.repeat(301)}\n\nBody text.`, /300 characters/);
      expect(parsePost(`${'x'.repeat(300)}\n\nBody text.`).title).toHaveLength(300);
    });

    it.each([
      ['no body', 'Only a title'],
      [
        'only page furniture below the title',
        'A title\n\nTags assigned to this article:\nThere are no tags assigned to this article!',
      ],
      ['only a byline below the title', 'A title\n\nBy Jane Smith\n14 November 2018'],
    ])('refuses a post with %s', (_what, text) => expectInvalid(text, /no text below/i));
  });

  describe('page furniture', () => {
    it('drops the capture lines between posts and share/print/back lines, whole lines only, in any case', () => {
      const parsed = parsePost(
        post(
          'Kept paragraph.',
          '',
          'Share this',
          'SHARE THIS ARTICLE',
          'Share on Twitter',
          'Print',
          'Print this page',
          'Back to blog',
          '← Back to news',
          'Tags assigned to this article:',
          'There are no tags assigned to this article!',
          '',
          'Related Blog Articles',
          '',
          'Share this with the team before Friday.',
        ),
      );
      expect(parsed.bodyMarkdown).toBe('Kept paragraph.\n\nShare this with the team before Friday.');
    });

    it('drops "skip to content" lines above the title', () => {
      expect(parsePost('Skip to navigation Skip to main content\n\nThe real title\n\nBody.').title).toBe(
        'The real title',
      );
    });
  });

  describe('author and date', () => {
    it.each([
      ['By Jane Smith', 'Jane Smith', null],
      ['Author: Jane Smith', 'Jane Smith', null],
      ['Posted by Jane Smith', 'Jane Smith', null],
      ['Written by Jane Smith', 'Jane Smith', null],
      ['by Jane Smith', 'Jane Smith', null],
      ['By Mary-Ann O’Neill', 'Mary-Ann O’Neill', null],
      ['By Jan van der Berg', 'Jan van der Berg', null],
      ['By Jane Q. Smith', 'Jane Q. Smith', null],
      ['By Jane Smith, 14 November 2018', 'Jane Smith', '2018-11-14'],
      ['Posted by Jane Smith on 14 November 2018', 'Jane Smith', '2018-11-14'],
      ['Written by Jane Smith | 14/11/2018', 'Jane Smith', '2018-11-14'],
      ['By Jane Smith, Wednesday, 14th November 2018', 'Jane Smith', '2018-11-14'],
      ['Author: Jane Smith - 2018-11-14', 'Jane Smith', '2018-11-14'],
    ])('reads "%s" after the title', (line, author, publishedOn) => {
      const parsed = parsePost(post(line, '', 'The body.'));
      expect(parsed).toMatchObject({ author, publishedOn, bodyMarkdown: 'The body.' });
    });

    it.each([
      ['14 November 2018', '2018-11-14'],
      ['Wednesday 14 November 2018', '2018-11-14'],
      ['Wed 14 Nov 2018', '2018-11-14'],
      ['14th November 2018', '2018-11-14'],
      ['1st March 2019', '2019-03-01'],
      ['November 14, 2018', '2018-11-14'],
      ['Tuesday, October 27, 2015', '2015-10-27'],
      ['14/11/2018', '2018-11-14'],
      ['1/2/2019', '2019-02-01'],
      ['29/02/2020', '2020-02-29'],
      ['2018-11-14', '2018-11-14'],
      ['Date: 14 November 2018', '2018-11-14'],
      ['Published: 14/11/2018', '2018-11-14'],
      ['Posted on 14th Sept 2018', '2018-09-14'],
      ['14 November 2018 at 10:30', '2018-11-14'],
    ])('reads the date line "%s"', (line, publishedOn) => {
      const parsed = parsePost(post(line, '', 'The body.'));
      expect(parsed).toMatchObject({ author: null, publishedOn, bodyMarkdown: 'The body.' });
    });

    it.each([
      '31 February 2018',
      '29/02/2019',
      '31/04/2018',
      '14/13/2018',
      '2018-02-30',
      '32 May 2018',
      '14 Smarch 2018',
    ])('keeps "%s" in the body: not a date', (line) => {
      const parsed = parsePost(post(line, '', 'The body.'));
      expect(parsed.publishedOn).toBeNull();
      expect(parsed.bodyMarkdown.startsWith(line.replace(/^(\d+)\./, '$1\\.'))).toBe(true);
    });

    it('reads an author and a date at the end of the post', () => {
      const parsed = parsePost(
        post(
          'First.',
          '',
          'Second.',
          '',
          'Third.',
          '',
          'Fourth.',
          '',
          'Fifth.',
          '',
          'Posted by Jane Smith',
          '14/11/2018',
        ),
      );
      expect(parsed).toMatchObject({ author: 'Jane Smith', publishedOn: '2018-11-14' });
      expect(parsed.bodyMarkdown).toBe('First.\n\nSecond.\n\nThird.\n\nFourth.\n\nFifth.');
    });

    it('reads "Written by" with the name on the next line', () => {
      const parsed = parsePost(
        post('First.', '', 'Second.', '', 'Third.', '', 'Fourth.', '', 'Written by', '', 'Jane Smith'),
      );
      expect(parsed.author).toBe('Jane Smith');
      expect(parsed.bodyMarkdown).toBe('First.\n\nSecond.\n\nThird.\n\nFourth.');
    });

    it('reads a name standing alone above a date line as the author', () => {
      const parsed = parsePost(post('Jane Smith', 'Tuesday, October 27, 2015', '', 'The body.'));
      expect(parsed).toMatchObject({
        author: 'Jane Smith',
        publishedOn: '2015-10-27',
        bodyMarkdown: 'The body.',
      });
    });

    it('keeps the first author and date it finds, and drops the repeated byline', () => {
      const parsed = parsePost(
        post('By Jane Smith', '14 November 2018', '', 'The body.', '', 'Written by John Doe, 15/11/2018'),
      );
      expect(parsed).toMatchObject({
        author: 'Jane Smith',
        publishedOn: '2018-11-14',
        bodyMarkdown: 'The body.',
      });
    });

    it('only looks within the first 4 lines after the title and the last 3 of the post', () => {
      const lines = [
        'One.',
        'Two.',
        'Three.',
        'Four.',
        'By Jane Smith',
        '14 November 2018',
        'Seven.',
        'Eight.',
        'Nine.',
        'Ten.',
      ];
      const parsed = parsePost(post(...lines.flatMap((l) => [l, ''])));
      expect(parsed).toMatchObject({ author: null, publishedOn: null });
      expect(parsed.bodyMarkdown.split('\n\n')).toHaveLength(10);
    });

    it.each([
      'By September, budget planning is well underway in most councils.',
      'By the time you read this the seminar will be over.',
      'By Christmas',
      'By March 2019',
      'Author of the report',
      'Byron wrote it.',
      'Published in the spring.',
    ])('keeps the sentence "%s" in the body', (line) => {
      const parsed = parsePost(post(line, '', 'More.'));
      expect(parsed).toMatchObject({ author: null, publishedOn: null });
      expect(parsed.bodyMarkdown.startsWith(line)).toBe(true);
    });

    it('does not take a sign-off above a date for an author', () => {
      const parsed = parsePost(post('Body text.', '', 'Best Wishes', '14 November 2018'));
      expect(parsed).toMatchObject({
        author: null,
        publishedOn: '2018-11-14',
        bodyMarkdown: 'Body text.\n\nBest Wishes',
      });
    });

    it('leaves a date inside a sentence alone', () => {
      const parsed = parsePost(post('The conference opened on Wednesday 14 November 2018 in Manchester.'));
      expect(parsed.publishedOn).toBeNull();
    });
  });

  describe('lists', () => {
    it('turns every bullet character into "- " items of one list, with blank lines around it', () => {
      const parsed = parsePost(
        post(
          'Some points:',
          '• one',
          '· two',
          '▪ three',
          '◦ four',
          '- five',
          '* six',
          '– seven',
          '— eight',
          'After the list.',
        ),
      );
      expect(parsed.bodyMarkdown).toBe(
        'Some points:\n\n- one\n- two\n- three\n- four\n- five\n- six\n- seven\n- eight\n\nAfter the list.',
      );
      expect(tags(parsed.bodyMarkdown).filter((t) => t === 'li')).toHaveLength(8);
      expect(tags(parsed.bodyMarkdown).filter((t) => t === 'ul')).toHaveLength(1);
    });

    it('turns "1." and "1)" lines into a numbered list', () => {
      const parsed = parsePost(
        post('  1. social workers record', '  2) systems do not help', '  3. ethics matter'),
      );
      expect(parsed.bodyMarkdown).toBe('1. social workers record\n2. systems do not help\n3. ethics matter');
      expect(markdown.render(parsed.bodyMarkdown)).toMatch(/^<ol>\n<li>social workers record<\/li>/);
    });

    it('keeps items separated by blank lines in one list, and continues an item on an indented line', () => {
      const parsed = parsePost(post('• one', '', '• two which', '   carries on', '', '• three'));
      expect(parsed.bodyMarkdown).toBe('- one\n- two which carries on\n- three');
      expect(markdown.render(parsed.bodyMarkdown)).not.toContain('<p>');
    });

    it('starts a new list when the kind of item changes, and a paragraph at an unindented line', () => {
      const parsed = parsePost(post('• one', '1. first', 'Plain line.'));
      expect(parsed.bodyMarkdown).toBe('- one\n\n1. first\n\nPlain line.');
    });

    it('needs a space after the bullet', () => {
      const parsed = parsePost(post('-5 degrees outside', '*not a bullet*'));
      expect(tags(parsed.bodyMarkdown)).toEqual(['p']);
    });

    it('escapes what would be markup at the start of an item', () => {
      const parsed = parsePost(post('• # not a heading', '• 2018. not a list', '• - not nested'));
      expect(tags(parsed.bodyMarkdown)).toEqual(['ul', 'li', 'li', 'li']);
      expect(renderedText(parsed.bodyMarkdown)).toBe('# not a heading 2018. not a list - not nested');
    });
  });

  describe('escaping', () => {
    it.each([
      ['#NCASC18 was trending all week', []],
      ['# Not a heading either', []],
      ['2018. What a year it was', []],
      ['2018) A year that is not a list item', []],
      ['+ Not a list', []],
      ['= Not an underline', []],
      ['> Not a quote', []],
      ['*stars*, **double stars** and _underscores_ and __double__', []],
      ['`ticks` and ```fences```', []],
      ['[brackets](https-not-a-link) and ![an image](x.png) and [ref]: /x', []],
      ['<b>bold?</b> <script>alert(1)</script> <https://example.com>', ['a']],
      ['A back\\slash, a \\* and one at the end \\', []],
      ['Entities stay as typed: &amp; &copy; &#169;', []],
      ['~~not struck~~ and ~tilde~', []],
      ['Options (a), (b) and (c), marked (tm) and (R)', []],
      ['Wow!!!! Really???? Yes,, no', []],
      ['snake_case_names and 2*3*4', []],
      ['| a | b |', []],
      ['    four spaces in front', []],
    ])('renders "%s" literally', (line, extraTags) => {
      const { bodyMarkdown } = parsePost(post(line));
      expect(tags(bodyMarkdown)).toEqual(['p', ...extraTags]);
      expect(straightQuotes(renderedText(bodyMarkdown))).toBe(line.trim());
    });

    it('keeps lines that would make a setext heading or a table inside one paragraph', () => {
      const { bodyMarkdown } = parsePost(post('A line', '===', '| a | b |', '| - | - |'));
      expect(tags(bodyMarkdown)).toEqual(['p']);
      expect(renderedText(bodyMarkdown)).toBe('A line === | a | b | | - | - |');
    });

    it('leaves bare URLs for linkify', () => {
      const line =
        'Slides at https://www.example.org/ncasc_2018/*slides*/ (see p. 4), notes at www.example.org/a_b.';
      const { bodyMarkdown } = parsePost(post(line));
      expect(bodyMarkdown).toContain('https://www.example.org/ncasc_2018/*slides*/ ');
      const html = markdown.render(bodyMarkdown);
      expect(html).toContain('<a href="https://www.example.org/ncasc_2018/*slides*/">');
      expect(bodyMarkdown).toContain(' www.example.org/a_b.');
      expect(renderedText(bodyMarkdown)).toBe(line);
    });

    it('keeps a closing bracket that belongs to the URL', () => {
      const { bodyMarkdown } = parsePost(post('See https://en.wikipedia.org/wiki/Foo_(bar).'));
      expect(markdown.render(bodyMarkdown)).toContain('href="https://en.wikipedia.org/wiki/Foo_(bar)"');
    });

    it('lets the typographer curl quotes but nothing else it would replace', () => {
      const { bodyMarkdown } = parsePost(post(`"Quoted" and it's (c) 2018`));
      expect(renderedText(bodyMarkdown)).toBe('“Quoted” and it’s (c) 2018');
    });
  });
});

describe('extractPost', () => {
  const capture = [
    'First post',
    '',
    'Its body.',
    '',
    'Tags assigned to this article:',
    'There are no tags assigned to this article!',
    '',
    'Related Blog Articles',
    '',
    'Second Post',
    '',
    'Second body.',
    '',
    'Tags assigned to this article:',
    '',
    'Third post',
    '',
    'Runs to the end.',
    '',
  ].join('\r\n');

  it('returns the post from its title line up to the next tags line', () => {
    expect(extractPost(capture, 'First post')).toBe('First post\n\nIts body.');
  });

  it('matches the title trimmed and in any case', () => {
    expect(extractPost(capture, '  second post ')).toBe('Second Post\n\nSecond body.');
  });

  it('runs to the end of the capture when no tags line follows', () => {
    expect(extractPost(capture, 'Third post')).toBe('Third post\n\nRuns to the end.');
  });

  it('returns null for a title that is not a line of the capture', () => {
    expect(extractPost(capture, 'Fourth post')).toBeNull();
    expect(extractPost(capture, 'Its')).toBeNull();
    expect(extractPost(capture, '   ')).toBeNull();
  });
});

describe('the real round-up posts', () => {
  it('finds the capture beside the repository', () => {
    expect(existsSync(CAPTURE)).toBe(true);
  });

  const capture = existsSync(CAPTURE) ? readFileSync(CAPTURE, 'utf8') : '';

  /** The post's paragraphs as they stand in the capture (title and empty lines left out). */
  const sourceParagraphs = (text: string): string[] =>
    text
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean);

  it.each([
    ['NCASC 2018 Round-up', '#NCASC18'],
    ['NCASC 2017 Round-up', '#NCASC17'],
  ])('reads "%s" into a title and paragraphs rendered word for word', (title, hashtag) => {
    const text = extractPost(capture, title);
    expect(text).not.toBeNull();
    const parsed = parsePost(text!);
    expect(parsed).toMatchObject({ title, author: null, publishedOn: null });

    const paragraphs = parsed.bodyMarkdown.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    expect(paragraphs).toHaveLength(sourceParagraphs(text!).length);
    for (const furniture of [/tags assigned/i, /no tags assigned/i, /related blog articles/i]) {
      expect(parsed.bodyMarkdown).not.toMatch(furniture);
    }

    const html = markdown.render(parsed.bodyMarkdown);
    expect(html).not.toMatch(/<(h[1-6]|ul|ol|pre|code|em|strong|blockquote|hr)\b/);
    expect(html.match(/<p>/g)).toHaveLength(paragraphs.length);
    expect(html).toContain(hashtag);
    const rendered = straightQuotes(renderedText(parsed.bodyMarkdown));
    for (const paragraph of sourceParagraphs(text!)) {
      expect(rendered).toContain(straightQuotes(paragraph.replace(/\s+/g, ' ')));
    }
  });

  it('reads the numbered and bulleted lists of a post that has them', () => {
    const text = extractPost(capture, 'How and when should we use technology in social work?');
    expect(text).not.toBeNull();
    const html = markdown.render(parsePost(text!).bodyMarkdown);
    expect(html.match(/<ol>/g)).toHaveLength(1);
    expect(html.match(/<ul>/g)).toHaveLength(2);
    expect(html.match(/<li>/g)).toHaveLength(3 + 3 + 6);
  });
});
