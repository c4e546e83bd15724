import { MentionKind } from '../roundup-mention.entity';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractPost, parsePost } from '../import/parse-post';
import {
  MentionMatcher,
  type MentionMatch,
  type SessionCandidate,
  type SpeakerCandidate,
} from './match-mentions';

/** The captures live beside the repository (as in CI): <repo>/../shared/seeds. */
const REPO_ROOT = resolve(__dirname, '../../../../..');
const CAPTURE = resolve(REPO_ROOT, '../shared/seeds/002_d6c766277591dfe6.txt');

const speaker = (id: string, name: string, honorifics: string[] | null = null): SpeakerCandidate => ({
  id,
  name,
  honorifics,
});
const session = (id: string, title: string): SessionCandidate => ({ id, title });

/** [targetId, matchedText] of each match. */
const found = (matches: MentionMatch[]): [string, string][] =>
  matches.map((m) => [m.targetId, m.matchedText]);

const speakersOnly = (...candidates: SpeakerCandidate[]): MentionMatcher =>
  new MentionMatcher(candidates, []);
const sessionsOnly = (...candidates: SessionCandidate[]): MentionMatcher =>
  new MentionMatcher([], candidates);

/** Every match's index and matchedText point at the text itself. */
function expectConsistent(text: string, matches: MentionMatch[]): void {
  for (const m of matches) expect(text.slice(m.index, m.index + m.matchedText.length)).toBe(m.matchedText);
}

describe('MentionMatcher', () => {
  describe('speakers by full name', () => {
    const matcher = speakersOnly(
      speaker('spielman', 'Amanda Spielman', ['HMCI']),
      speaker('zahawi', 'Nadhim Zahawi', ['Rt Hon', 'MP']),
      speaker('wood', 'Alan Wood', ['Sir', 'CBE']),
      speaker('bramble', 'Antoinette Bramble', ['Cllr']),
      speaker('hudspeth', 'Ian Hudspeth', ['Cllr']),
      speaker('munro', 'Eileen Munro', ['Professor', 'CBE']),
    );

    it('matches any case, on word boundaries', () => {
      const text = 'AMANDA SPIELMAN spoke; later amanda spielman listened. XAmanda Spielmann did not.';
      const matches = matcher.findAll(text);
      expect(found(matches)).toEqual([
        ['spielman', 'AMANDA SPIELMAN'],
        ['spielman', 'amanda spielman'],
      ]);
      expect(matches.map((m) => m.index)).toEqual([0, text.indexOf('amanda')]);
    });

    it.each([
      ['Sir Alan Wood CBE opened the day.', 'wood', 'Alan Wood'],
      ['The Rt Hon Nadhim Zahawi MP addressed delegates.', 'zahawi', 'Nadhim Zahawi'],
      ['Amanda Spielman (HMCI) spoke about inspection.', 'spielman', 'Amanda Spielman'],
      ['Cllr Antoinette Bramble chaired.', 'bramble', 'Antoinette Bramble'],
      ['Professor Eileen Munro CBE reflected.', 'munro', 'Eileen Munro'],
    ])('matches the name inside its honorifics: %s', (text, id, name) => {
      const matches = matcher.findAll(text);
      expect(found(matches)).toEqual([[id, name]]);
      expectConsistent(text, matches);
    });

    it('matches names after a plural title', () => {
      const text = 'Councillors Antoinette Bramble and Ian Hudspeth spoke for the councils.';
      expect(found(matcher.findAll(text))).toEqual([
        ['bramble', 'Antoinette Bramble'],
        ['hudspeth', 'Ian Hudspeth'],
      ]);
    });

    it('takes honorifics off a candidate whose name carries them', () => {
      const m = speakersOnly(
        speaker('zahawi', 'Rt Hon Nadhim Zahawi MP'),
        speaker('laming', 'Lord Herbert Laming'),
      );
      expect(found(m.findAll('Nadhim Zahawi and Herbert Laming, then Lord Laming again.'))).toEqual([
        ['zahawi', 'Nadhim Zahawi'],
        ['laming', 'Herbert Laming'],
        ['laming', 'Laming'],
      ]);
    });

    it('matches possessives, with straight or curly apostrophes, reporting the name alone', () => {
      const m = speakersOnly(speaker('gallimore', 'Stuart Gallimore'), speaker('jones', 'Sam Jones'));
      const text =
        "Stuart Gallimore's speech, Stuart Gallimore’s slides, Gallimore’s view and Sam Jones’ talk.";
      const matches = m.findAll(text);
      expect(found(matches)).toEqual([
        ['gallimore', 'Stuart Gallimore'],
        ['gallimore', 'Stuart Gallimore'],
        ['gallimore', 'Gallimore'],
        ['jones', 'Sam Jones'],
      ]);
      expectConsistent(text, matches);
    });

    it('matches a name of three words by its first and last word too', () => {
      const m = speakersOnly(speaker('dunkley', 'Matt James Dunkley'));
      expect(found(m.findAll('Matt James Dunkley, or Matt Dunkley for short.'))).toEqual([
        ['dunkley', 'Matt James Dunkley'],
        ['dunkley', 'Matt Dunkley'],
      ]);
    });

    it('needs a capital to match a name made of ordinary words', () => {
      const m = speakersOnly(speaker('young', 'Will Young'));
      expect(found(m.findAll('We will young people… no: Will Young said so, as did WILL YOUNG.'))).toEqual([
        ['young', 'Will Young'],
        ['young', 'WILL YOUNG'],
      ]);
    });
  });

  describe('accents, hyphens and apostrophes', () => {
    it('ignores accents both ways and reports the text as written', () => {
      const text = 'Jose Nunez met José Núñez and Jose\u0301 Nu\u0301n\u0303ez.';
      for (const name of ['José Núñez', 'Jose Nunez']) {
        const matches = speakersOnly(speaker('nunez', name)).findAll(text);
        expect(found(matches)).toEqual([
          ['nunez', 'Jose Nunez'],
          ['nunez', 'José Núñez'],
          ['nunez', 'Jose\u0301 Nu\u0301n\u0303ez'],
        ]);
        expectConsistent(text, matches);
      }
    });

    it('treats a hyphen and an en dash alike, and a hyphenated surname as one word', () => {
      const m = speakersOnly(speaker('sj', 'Mary Smith-Jones'));
      const text = 'Mary Smith–Jones spoke. Smith‐Jones agreed; Smith disagreed; Jones left.';
      const matches = m.findAll(text);
      expect(found(matches)).toEqual([
        ['sj', 'Mary Smith–Jones'],
        ['sj', 'Smith‐Jones'],
      ]);
      expectConsistent(text, matches);
    });

    it('treats curly and straight apostrophes in a name alike', () => {
      const m = speakersOnly(speaker('ob', "Mary O'Brien"));
      expect(found(m.findAll('Mary O’Brien and later O’Brien’s report.'))).toEqual([
        ['ob', 'Mary O’Brien'],
        ['ob', 'O’Brien'],
      ]);
    });

    it('keeps offsets in the original text where folding makes the text longer', () => {
      const text = `${'한국어 '.repeat(20)}Amanda Spielman 한국어`; // each syllable decomposes into 2–3 letters
      const [match] = speakersOnly(speaker('s', 'Amanda Spielman')).findAll(text);
      expect(match.index).toBe(text.indexOf('Amanda'));
      expect(match.matchedText).toBe('Amanda Spielman');
    });

    it('keeps offsets in the original text after emoji and accents', () => {
      const text = '🎉 Café — Ça va? Amanda Spielman spoke.';
      const [match] = speakersOnly(speaker('s', 'Amanda Spielman')).findAll(text);
      expect(match.index).toBe(text.indexOf('Amanda'));
      expect(match.matchedText).toBe('Amanda Spielman');
    });
  });

  describe('speakers by title and surname', () => {
    it.each([
      ['Lord Laming reported.', speaker('l', 'Herbert Laming', ['Lord']), 'Laming'],
      ['Mr Zahawi replied.', speaker('z', 'Nadhim Zahawi'), 'Zahawi'],
      ['Ms Spielman agreed.', speaker('s', 'Amanda Spielman'), 'Spielman'],
      ['Dr. Treisman explained.', speaker('t', 'Karen Treisman', ['Dr']), 'Treisman'],
      ['Cllr Bramble chaired.', speaker('b', 'Antoinette Bramble', ['Cllr']), 'Bramble'],
      ['The Rt Hon Zahawi? Unusual, but fine.', speaker('z', 'Nadhim Zahawi', ['Rt Hon']), 'Zahawi'],
    ])('matches "%s", reporting the surname', (text, candidate, surname) => {
      const matches = speakersOnly(candidate).findAll(text);
      expect(found(matches)).toEqual([[candidate.id, surname]]);
      expect(matches[0].index).toBe(text.indexOf(surname));
    });

    it('matches a title before an ordinary-word surname, but not the surname alone', () => {
      const m = speakersOnly(speaker('young', 'Sarah Young'));
      expect(
        found(m.findAll('Dr Young presented. Young people spoke. Young said little. young carers.')),
      ).toEqual([['young', 'Young']]);
    });

    it('tells apart speakers sharing a surname by a title only one of them has', () => {
      const m = speakersOnly(speaker('lord', 'Herbert Laming', ['Lord']), speaker('jane', 'Jane Laming'));
      expect(found(m.findAll('Lord Laming spoke, then Ms Laming, then Laming again.'))).toEqual([
        ['lord', 'Laming'],
      ]);
    });

    it('is case-sensitive', () => {
      const m = speakersOnly(speaker('z', 'Nadhim Zahawi'));
      expect(m.findAll('mr zahawi, MR zahawi')).toEqual([]);
    });
  });

  describe('speakers by surname alone', () => {
    it('matches a capitalised surname that is one speaker’s', () => {
      const m = speakersOnly(speaker('s', 'Amanda Spielman'), speaker('g', 'Stuart Gallimore'));
      expect(
        found(
          m.findAll(
            'Spielman said so. Later, Gallimore agreed. But Spielman insisted, and Minister Gallimore too.',
          ),
        ),
      ).toEqual([
        ['s', 'Spielman'],
        ['g', 'Gallimore'],
        ['s', 'Spielman'],
        ['g', 'Gallimore'],
      ]);
    });

    it('does not match a surname two speakers share, though their full names match', () => {
      const m = speakersOnly(speaker('amy', 'Amy Carlton'), speaker('stuart', 'Stuart Carlton'));
      expect(
        found(m.findAll('Carlton said. Mr Carlton replied. Amy Carlton and Stuart Carlton agreed.')),
      ).toEqual([
        ['amy', 'Amy Carlton'],
        ['stuart', 'Stuart Carlton'],
      ]);
    });

    it('does not match a lower-case surname that is an ordinary word, nor a stop-listed one capitalised', () => {
      const m = speakersOnly(speaker('h', 'Jo Hope'), speaker('b', 'Ann Brown'), speaker('g', 'Pat Green'));
      expect(
        m.findAll('There is hope. Hope was high. Brown envelopes; the Green paper; green shoots.'),
      ).toEqual([]);
    });

    it('does not match a lower-case surname at all', () => {
      expect(speakersOnly(speaker('s', 'Amanda Spielman')).findAll('spielman said')).toEqual([]);
    });

    it('never matches a first name alone', () => {
      const m = speakersOnly(speaker('s', 'Amanda Spielman'), speaker('g', 'Stuart Gallimore'));
      expect(m.findAll('Amanda spoke, then Stuart. AMANDA and amanda too.')).toEqual([]);
    });

    it('does not match a surname that is another speaker’s first name', () => {
      const m = speakersOnly(speaker('g', 'Stuart Gallimore'), speaker('js', 'Jane Stuart'));
      expect(found(m.findAll('Stuart said. Ms Stuart said. Jane Stuart said.'))).toEqual([
        ['js', 'Stuart'],
        ['js', 'Jane Stuart'],
      ]);
    });

    it('does not match a surname inside someone else’s name', () => {
      const m = speakersOnly(speaker('amy', 'Amy Carlton'));
      expect(found(m.findAll('Stuart Carlton spoke. The Carlton Hotel hosted. Carlton MP agreed.'))).toEqual([
        ['amy', 'Carlton'],
      ]);
    });

    it('matches a one-word name capitalised and on its own only', () => {
      const m = speakersOnly(speaker('junior', 'Junior'), speaker('s', 'Amanda Spielman'));
      expect(
        found(
          m.findAll(
            'Junior told the hall about leaving care. Junior Doctors and junior staff did not count.',
          ),
        ),
      ).toEqual([['junior', 'Junior']]);
    });
  });

  describe('sessions', () => {
    it('matches the whole title in any case, ignoring punctuation and spacing', () => {
      const m = sessionsOnly(session('cs', 'Contextual safeguarding: across transitions'));
      const text =
        'A session on contextual safeguarding across transitions, then CONTEXTUAL  SAFEGUARDING – across\ntransitions.';
      const matches = m.findAll(text);
      expect(found(matches)).toEqual([
        ['cs', 'contextual safeguarding across transitions'],
        ['cs', 'CONTEXTUAL  SAFEGUARDING – across\ntransitions'],
      ]);
      expectConsistent(text, matches);
    });

    it('ignores apostrophes and hyphens in titles', () => {
      const m = sessionsOnly(
        session('i', "Integrating children's services"),
        session('f', 'Long-term funding settlements'),
      );
      expect(
        found(m.findAll('On integrating children’s services and long term funding settlements.')),
      ).toEqual([
        ['i', 'integrating children’s services'],
        ['f', 'long term funding settlements'],
      ]);
    });

    it('does not run a title across a sentence end, but may match a phrase of it', () => {
      const m = sessionsOnly(session('cs', 'Contextual safeguarding: across transitions'));
      expect(found(m.findAll('We discussed contextual safeguarding. Across transitions, less so.'))).toEqual([
        ['cs', 'contextual safeguarding'],
      ]);
    });

    it('matches a distinctive phrase of a title', () => {
      const m = sessionsOnly(
        session('ofsted', 'Ofsted: new inspection frameworks for schools and local authorities'),
        session('adopt', 'Modernising adoption and supporting special guardians'),
      );
      const text =
        'Ofsted explained the new inspection frameworks. Local authorities face pressure in local authorities everywhere. ' +
        'Schools too. Others were supporting special guardians.';
      expect(found(m.findAll(text))).toEqual([
        ['ofsted', 'new inspection frameworks'],
        ['adopt', 'supporting special guardians'],
      ]);
    });

    it('does not count a phrase two sessions share, nor a short or one-word phrase', () => {
      const m = sessionsOnly(
        session('nat', 'Early help services: the national picture'),
        session('loc', 'Early help services: what works locally'),
        session('quiz', 'The Guardian quiz'),
      );
      const text =
        'Early help services grew. The national picture is mixed. Then the annual Guardian quiz. Early help.';
      expect(found(m.findAll(text))).toEqual([['nat', 'national picture']]);
    });

    it('does not count a phrase made only of the field’s everyday words', () => {
      const m = sessionsOnly(
        session('ci', "Creating a continuous improvement environment for children's social care"),
        session('la', 'Inspection: local authority children’s services'),
      );
      expect(
        found(m.findAll('Pressure on children’s social care and local authority children’s services grew.')),
      ).toEqual([]);
      expect(found(m.findAll('Creating a continuous improvement environment helps.'))).toEqual([
        ['ci', 'Creating a continuous improvement environment'],
      ]);
    });

    it('strips leading and trailing stop words from the title and its phrases', () => {
      const m = sessionsOnly(
        session('nts', 'The National Transfer Scheme'),
        session('care', "A care leaver's view: working with families early"),
      );
      expect(
        found(m.findAll('An update on a National Transfer Scheme review, from a care leaver’s view.')),
      ).toEqual([
        ['nts', 'National Transfer Scheme'],
        ['care', 'care leaver’s view'],
      ]);
    });

    it('matches a title of fewer than two content words only as written', () => {
      const m = sessionsOnly(session('send', 'SEND'), session('key', 'Keynote'));
      expect(found(m.findAll('SEND reforms; we send letters; the Keynote; a keynote.'))).toEqual([
        ['send', 'SEND'],
        ['key', 'Keynote'],
      ]);
    });

    it('prefers the whole title to a phrase of it where they overlap', () => {
      const m = sessionsOnly(session('t', 'Tackling sexual abuse and exploitation'));
      expect(
        found(m.findAll('On tackling sexual abuse and exploitation, and later tackling sexual abuse.')),
      ).toEqual([
        ['t', 'tackling sexual abuse and exploitation'],
        ['t', 'tackling sexual abuse'],
      ]);
    });
  });

  describe('overlaps', () => {
    const matcher = new MentionMatcher(
      [speaker('spielman', 'Amanda Spielman'), speaker('burnham', 'Andy Burnham')],
      [
        session('conv', 'In conversation with Amanda Spielman'),
        session('mayor', 'Closing plenary: the Mayor of Greater Manchester'),
      ],
    );

    it('gives a session title holding a speaker’s name to the session', () => {
      const text = 'The day closed in conversation with Amanda Spielman. Amanda Spielman then left.';
      expect(found(matcher.findAll(text))).toEqual([
        ['conv', 'in conversation with Amanda Spielman'],
        ['spielman', 'Amanda Spielman'],
      ]);
    });

    it('claims each span once: a full name over its surname', () => {
      const matches = matcher.findAll('Amanda Spielman’s speech; Spielman again.');
      expect(found(matches)).toEqual([
        ['spielman', 'Amanda Spielman'],
        ['spielman', 'Spielman'],
      ]);
    });

    it('lets neighbouring mentions stand side by side', () => {
      expect(
        found(matcher.findAll('Then Andy Burnham, the Mayor of Greater Manchester, closed the day.')),
      ).toEqual([
        ['burnham', 'Andy Burnham'],
        ['mayor', 'Mayor of Greater Manchester'],
      ]);
    });
  });

  describe('find', () => {
    it('returns the first mention of each target, in text order', () => {
      const m = new MentionMatcher(
        [speaker('a', 'Amanda Spielman'), speaker('b', 'Stuart Gallimore')],
        [session('s', 'Child poverty and the cost of living')],
      );
      const text =
        'Spielman. Stuart Gallimore. Child poverty and the cost of living. Amanda Spielman. Gallimore.';
      expect(found(m.find(text))).toEqual([
        ['a', 'Spielman'],
        ['b', 'Stuart Gallimore'],
        ['s', 'Child poverty and the cost of living'],
      ]);
      expect(m.findAll(text)).toHaveLength(5);
    });

    it('keeps a speaker and a session with the same id apart', () => {
      const m = new MentionMatcher(
        [speaker('x', 'Amanda Spielman')],
        [session('x', 'Education Question Time')],
      );
      expect(m.find('Amanda Spielman at Education Question Time').map((x) => x.kind)).toEqual([
        'SPEAKER',
        'SESSION',
      ]);
    });

    it('finds nothing in an empty text or with no candidates', () => {
      expect(new MentionMatcher([speaker('a', 'Amanda Spielman')], []).find('')).toEqual([]);
      expect(new MentionMatcher([], []).findAll('Amanda Spielman spoke.')).toEqual([]);
    });
  });

  describe('excerpts', () => {
    const matcher = speakersOnly(speaker('s', 'Amanda Spielman'), speaker('t', 'Karen Treisman'));
    const excerpt = (text: string): string => matcher.findAll(text)[0].excerpt;

    it('is the sentence around the match', () => {
      expect(excerpt('First we ate. Then Amanda Spielman spoke about inspection! Last, we left.')).toBe(
        'Then Amanda Spielman spoke about inspection!',
      );
    });

    it('does not end a sentence at an abbreviation or an initial', () => {
      expect(excerpt('Before. We heard from Dr. K. Treisman and Amanda Spielman about it. After.')).toBe(
        'We heard from Dr. K. Treisman and Amanda Spielman about it.',
      );
    });

    it('ends at a blank line or a list item, and drops list markers', () => {
      expect(excerpt('A heading with no stop\n\nAmanda Spielman spoke\n\nNext')).toBe(
        'Amanda Spielman spoke',
      );
      expect(excerpt('Speakers:\n- Amanda Spielman\n- Someone else')).toBe('Amanda Spielman');
    });

    it('is plain text with white space collapsed', () => {
      expect(
        excerpt(
          '**Amanda Spielman**\n  spoke   about [Ofsted](https://ofsted.example) and \\#NCASC18 \\*live\\*.',
        ),
      ).toBe('Amanda Spielman spoke about Ofsted and #NCASC18 *live*.');
    });

    it('keeps snake_case and lone stars', () => {
      expect(excerpt('Amanda Spielman read file_name_here * twice.')).toBe(
        'Amanda Spielman read file_name_here * twice.',
      );
    });

    it('cuts a long sentence around the match, between words', () => {
      const before = 'word '.repeat(100);
      const after = ' more'.repeat(100);
      const text = `${before}Amanda Spielman${after}.`;
      const cut = excerpt(text);
      expect(cut.length).toBeLessThanOrEqual(240);
      expect(cut.length).toBeGreaterThan(200);
      expect(cut).toMatch(/^…word word .*Amanda Spielman more more .*more…$/);
    });

    it('cuts only at the end when the match starts the sentence', () => {
      const cut = excerpt(`Amanda Spielman${' said more'.repeat(60)}.`);
      expect(cut.startsWith('Amanda Spielman said more')).toBe(true);
      expect(cut.endsWith('…')).toBe(true);
      expect(cut.length).toBeLessThanOrEqual(240);
    });
  });

  describe('a long text with many candidates', () => {
    const firsts = ['Ana', 'Ben', 'Cara', 'Dov', 'Ezra', 'Fen', 'Gil', 'Hana', 'Ivo', 'Juno'];
    const heads = ['Mor', 'Tal', 'Ven', 'Cas', 'Dru', 'Hal', 'Pen', 'Rav'];
    const tails = ['dell', 'ford', 'wick', 'ton', 'ley', 'more', 'by', 'stone'];
    const surnames = heads.flatMap((h) => tails.map((t) => h + t)).slice(0, 60);
    const speakers = surnames.map((s, i) => speaker(`sp${i}`, `${firsts[i % firsts.length]} ${s}`));
    const topics = [
      'tide',
      'lantern',
      'harbour',
      'orchard',
      'meadow',
      'quarry',
      'beacon',
      'furnace',
      'glacier',
      'canyon',
    ];
    const kinds = ['pilot', 'review', 'forum', 'summit', 'clinic', 'lab'];
    const sessions = Array.from({ length: 60 }, (_, i) =>
      session(`se${i}`, `The ${topics[i % 10]} ${kinds[Math.floor(i / 10)]}: practice from region ${i}`),
    );
    const matcher = new MentionMatcher(speakers, sessions);

    const filler = 'Delegates discussed budgets, workforce planning and the year ahead in some detail. ';
    let text = '';
    const expected: [string, string][] = [];
    for (let round = 0; text.length < 20_000; round++) {
      const i = (round * 7) % 50; // candidates 50–59 are never mentioned
      const sp = speakers[i];
      const se = sessions[(round * 11) % 50];
      const title = se.title.replace(/^The /, 'the ').replace(':', ' —');
      text += `${filler}In the morning ${sp.name} spoke at ${title}. Later ${surnames[i]} took questions. `;
      expected.push([sp.id, sp.name], [se.id, title.replace(/^the /, 'the ')], [sp.id, surnames[i]]);
    }

    it('finds every mention and nothing else in 20 kB', () => {
      expect(text.length).toBeGreaterThanOrEqual(20_000);
      const matches = matcher.findAll(text);
      expect(found(matches)).toEqual(expected);
      expectConsistent(text, matches);
      const never = new Set([...speakers.slice(50), ...sessions.slice(50)].map((c) => c.id));
      expect(matches.filter((m) => never.has(m.targetId))).toEqual([]);
    });
  });

  describe('the real NCASC 2018 round-up', () => {
    it('finds the capture beside the repository', () => {
      expect(existsSync(CAPTURE)).toBe(true);
    });

    const post = existsSync(CAPTURE)
      ? extractPost(readFileSync(CAPTURE, 'utf8'), 'NCASC 2018 Round-up')
      : null;
    const body = post === null ? '' : parsePost(post).bodyMarkdown;
    const matcher = new MentionMatcher(
      [
        speaker('gallimore', 'Stuart Gallimore'),
        speaker('spielman', 'Amanda Spielman', ['HMCI']),
        speaker('zahawi', 'Nadhim Zahawi', ['Rt Hon', 'MP']),
        speaker('dunkley', 'Matt Dunkley'),
        speaker('garrod', 'Glen Garrod'),
        speaker('bramble', 'Antoinette Bramble', ['Cllr']),
        speaker('longfield', 'Anne Longfield'), // spoke in 2017, not named in this post
      ],
      [
        session('contextual', 'Contextual safeguarding across transitions'),
        session('ofsted', 'Ofsted: new inspection frameworks for schools and local authorities'),
        session('poverty', 'Child poverty'),
        session('closing', 'Closing plenary: the Mayor of Greater Manchester'),
        session('quiz', 'The Guardian quiz'),
      ],
    );

    it('extracts the post', () => {
      expect(post).not.toBeNull();
    });

    it('finds the speakers it names, by full name only, and not the one it does not', () => {
      const matches = matcher.findAll(body).filter((m) => m.kind === MentionKind.SPEAKER);
      expectConsistent(body, matches);
      const byId = (id: string): string[] =>
        matches.filter((m) => m.targetId === id).map((m) => m.matchedText);
      expect(byId('gallimore')).toEqual(['Stuart Gallimore', 'Stuart Gallimore']); // never "Stuart" alone
      expect(byId('spielman')).toEqual(['Amanda Spielman', 'Amanda Spielman']); // "Amanda spoke" is not a match
      expect(byId('zahawi')).toEqual(['Nadhim Zahawi']);
      expect(byId('dunkley')).toEqual(['Matt Dunkley']);
      expect(byId('garrod')).toEqual(['Glen Garrod']);
      expect(byId('bramble')).toEqual(['Antoinette Bramble']);
      expect(byId('longfield')).toEqual([]);
      expect(matches).toHaveLength(8);
    });

    it('lists the first mentions in the order the post names them', () => {
      expect(matcher.find(body).map((m) => m.targetId)).toEqual([
        'garrod',
        'gallimore',
        'bramble',
        'spielman',
        'ofsted',
        'poverty',
        'contextual',
        'zahawi',
        'dunkley',
        'closing',
      ]);
    });

    it('finds sessions by title and by distinctive phrase, not by generic words', () => {
      const matches = matcher.findAll(body).filter((m) => m.kind === MentionKind.SESSION);
      expect(found(matches)).toEqual([
        ['ofsted', 'new inspection frameworks'],
        ['poverty', 'child poverty'],
        ['contextual', 'contextual safeguarding across transitions'],
        ['closing', 'Mayor of Greater Manchester'],
      ]);
    });

    it('gives each match its sentence as the excerpt', () => {
      for (const m of matcher.findAll(body)) {
        expect(m.excerpt).toContain(m.matchedText);
        expect(m.excerpt.length).toBeLessThanOrEqual(240);
        expect(m.excerpt).not.toMatch(/\s{2}|\n|\\/);
      }
      const zahawi = matcher.find(body).find((m) => m.targetId === 'zahawi')!;
      expect(zahawi.excerpt).toMatch(/^In the afternoon, .*Nadhim Zahawi.*…$/);
    });
  });
});
