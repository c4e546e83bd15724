import { SessionType } from '@ncasc/shared';
import type { DataSource } from 'typeorm';
import {
  createConference,
  createRoundup,
  createSession,
  createSpeaker,
  createUser,
  NCASC_2018,
  ADCS_2018,
} from '../../test/factories';
import { createTestDatabase } from '../../test/test-database';
import { newId } from '../common/database/columns';
import type { ConferenceEntity } from '../conferences/conference.entity';
import { NoteEntity } from '../notes/note.entity';
import { RoundupEntity, RoundupStatus } from '../roundups/roundup.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SessionSpeakerEntity } from '../sessions/session-speaker.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { type SearchRequest, SearchKind, SearchService } from './search.service';

describe('SearchService', () => {
  let ds: DataSource;
  let service: SearchService;
  let ncasc2018: ConferenceEntity;
  let alice: string;
  let bob: string;
  const search = (query: string, more: Partial<SearchRequest> = {}) =>
    service.search({
      query,
      conferenceId: null,
      kinds: Object.values(SearchKind),
      first: 20,
      offset: 0,
      viewerId: null,
      includeDrafts: false,
      ...more,
    });

  let adcs2018: ConferenceEntity;

  beforeAll(async () => {
    ds = await createTestDatabase();
    service = new SearchService(ds);
    ncasc2018 = await createConference(ds, NCASC_2018);
    adcs2018 = await createConference(ds, ADCS_2018);
    const spielman = await createSpeaker(ds, {
      name: 'Amanda Spielman',
      role: 'HMCI',
      organisation: 'Ofsted',
    });
    const zahawi = await createSpeaker(ds, {
      name: 'Nadhim Zahawi',
      role: 'Minister for Children and Families',
    });
    const malloy = await createSpeaker(ds, { name: 'Donna Malloy', role: 'Director of children’s services' });
    await createSession(ds, ncasc2018, {
      title: 'Inspection of children’s services',
      summary: 'Amanda Spielman on what the inspections found about safeguarding.',
      participants: [spielman],
    });
    await createSession(ds, ncasc2018, {
      title: 'Child poverty',
      summary: 'Safeguarding children who grow up in poverty.',
      participants: [zahawi, malloy],
    });
    await createSession(ds, ncasc2018, {
      title: 'Mental health of children in care',
      summary: 'Safeguarding the wellbeing of young people looked after.',
    });
    await createSession(ds, ncasc2018, { title: 'The Guardian quiz', type: SessionType.SOCIAL });
    await createSession(ds, ncasc2018, { title: 'Fringe meetings', type: SessionType.FRINGE });
    await createSession(ds, adcs2018, {
      title: 'Contextual safeguarding',
      summary: 'Keeping children safe from harm outside the family.',
      participants: [malloy],
    });
    await createRoundup(ds, ncasc2018, {
      title: 'NCASC 2018 Round-up',
      body: 'Amanda Spielman spoke on inspection and safeguarding; Nadhim Zahawi on children in care.',
    });
    [alice, bob] = [
      (await createUser(ds, { email: 'alice@example.org' })).id,
      (await createUser(ds, { email: 'bob@example.org' })).id,
    ];
  });
  afterAll(() => ds.destroy());

  it('finds sessions, speakers and write-ups, the name or title first', async () => {
    const hits = await search('Spielman');
    expect(hits[0]).toMatchObject({ kind: SearchKind.SPEAKER, title: 'Amanda Spielman' });
    expect(hits.map((h) => h.kind)).toEqual(expect.arrayContaining([SearchKind.SESSION, SearchKind.ROUNDUP]));
    const session = hits.find((h) => h.kind === SearchKind.SESSION)!;
    expect(session.snippet).toContain('<mark>Spielman</mark>');
    expect(session.conferenceId).toBe(ncasc2018.id);
  });

  it('stems English words: "safeguard" finds safeguarding, "inspections" finds inspection', async () => {
    const safeguarding = await search('safeguard');
    expect(safeguarding.length).toBeGreaterThan(2);
    expect(safeguarding.some((h) => /<mark>safeguarding<\/mark>/i.test(h.snippet))).toBe(true);
    const inspection = await search('inspections');
    expect(inspection.some((h) => /<mark>inspection<\/mark>/i.test(h.snippet))).toBe(true);
  });

  it('treats the last word as a prefix, for words still being typed', async () => {
    const hits = await search('Zaha');
    expect(hits[0]).toMatchObject({ kind: SearchKind.SPEAKER, title: 'Nadhim Zahawi' });
  });

  it('falls back to any of the words when every word finds too little', async () => {
    const hits = await search('what has NCASC said about mental health since 2015 zzzyzzx');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => /<mark>mental<\/mark>/i.test(h.snippet))).toBe(true);
  });

  it.each([
    '"',
    '""',
    '"unbalanced',
    '*',
    'safe*',
    'OR (',
    'NEAR(',
    'NEAR(a b, 2)',
    'title:foo',
    '-',
    '^',
    'AND',
    'a & b | !c',
    "'; DROP TABLE sessions; --",
    '\\',
    '((((',
    '{col1 col2}: x',
    ':*',
    '\u0000',
    '   ',
    'x'.repeat(500),
  ])('answers the hostile query %j without an error', async (query) => {
    await expect(search(query)).resolves.toEqual(expect.any(Array));
  });

  it('keeps the index in step with writes: insert, edit and delete', async () => {
    const s = (await ds.getRepository(SessionEntity).findOneBy({ conferenceId: ncasc2018.id }))!;
    await ds
      .getRepository(SessionEntity)
      .update(s.id, { summary: 'Quokkas and wombats in residential care.' });
    expect((await search('wombat')).map((h) => h.id)).toEqual([s.id]);
    await ds.getRepository(SessionEntity).update(s.id, { summary: 'Nothing marsupial any more.' });
    expect(await search('wombat')).toEqual([]);

    // a speaker becomes findable once a published session names them (not when only a draft does)
    const speaker = newId();
    await ds.getRepository(SpeakerEntity).insert({ id: speaker, name: 'Philippa Quillfeather' });
    expect(await search('Quillfeather')).toEqual([]);
    await ds.getRepository(SessionSpeakerEntity).insert({ sessionId: s.id, speakerId: speaker });
    expect((await search('Quillfeather'))[0]).toMatchObject({ kind: SearchKind.SPEAKER, id: speaker });
    await ds.getRepository(SpeakerEntity).delete(speaker);
    expect(await search('Quillfeather')).toEqual([]);
  });

  it('finds words the English configuration would drop, as prefixes ("don" for Donna)', async () => {
    expect((await search('don'))[0]).toMatchObject({ kind: SearchKind.SPEAKER, title: 'Donna Malloy' });
    expect((await search('Malloy don')).map((h) => h.title)).toContain('Donna Malloy');
  });

  it('never shows draft write-ups to the public; staff find them', async () => {
    const id = newId();
    await ds.getRepository(RoundupEntity).insert({
      id,
      conferenceId: ncasc2018.id,
      title: 'Embargoed: xylophonic findings',
      bodyMarkdown: 'Not yet public.',
      status: RoundupStatus.DRAFT,
    });
    expect(await search('xylophonic')).toEqual([]);
    expect((await search('xylophonic', { includeDrafts: true })).map((h) => h.id)).toEqual([id]);
    await ds.getRepository(RoundupEntity).update(id, { status: RoundupStatus.PUBLISHED });
    expect((await search('xylophonic')).map((h) => h.id)).toEqual([id]);
  });

  it('hides sessions taken out of the programme', async () => {
    const s = (await ds.getRepository(SessionEntity).findOneBy({ title: 'The Guardian quiz' }))!;
    expect((await search('Guardian quiz')).map((h) => h.id)).toContain(s.id);
    await ds.getRepository(SessionEntity).update(s.id, { removedAt: new Date() });
    expect((await search('Guardian quiz')).map((h) => h.id)).not.toContain(s.id);
    await ds.getRepository(SessionEntity).update(s.id, { removedAt: null });
  });

  it("finds a delegate's own notes only, and none when signed out", async () => {
    const s = (await ds.getRepository(SessionEntity).findOneBy({ title: 'Child poverty' }))!;
    await ds.getRepository(NoteEntity).insert({
      id: newId(),
      userId: alice,
      sessionId: s.id,
      body: 'Ask the team about the zanzibar pilot',
    });
    const own = await search('zanzibar', { viewerId: alice });
    expect(own).toEqual([
      expect.objectContaining({
        kind: SearchKind.NOTE,
        id: s.id,
        title: 'Child poverty',
        conferenceId: ncasc2018.id,
      }),
    ]);
    expect(own[0].snippet).toContain('<mark>zanzibar</mark>');
    expect(await search('zanzibar', { viewerId: bob })).toEqual([]);
    expect(await search('zanzibar')).toEqual([]);
  });

  it('filters by conference and kind', async () => {
    const adcs = adcs2018;
    const all = await search('safeguarding');
    const in2018 = await search('safeguarding', { conferenceId: ncasc2018.id });
    expect(in2018.length).toBeGreaterThan(0);
    expect(in2018.length).toBeLessThan(all.length);
    expect(in2018.every((h) => h.conferenceId === ncasc2018.id)).toBe(true);
    expect(
      (await search('safeguarding', { conferenceId: adcs.id })).every((h) => h.conferenceId === adcs.id),
    ).toBe(true);
    const speakers = await search('Ofsted', { kinds: [SearchKind.SPEAKER] });
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((h) => h.kind === SearchKind.SPEAKER)).toBe(true);
  });

  it('escapes text in snippets: only <mark> is markup', async () => {
    const s = (await ds.getRepository(SessionEntity).findOneBy({ title: 'Fringe meetings' }))!;
    await ds
      .getRepository(SessionEntity)
      .update(s.id, { summary: 'Beware <script>alert(1)</script> & the quetzal' });
    const [hit] = await search('quetzal');
    expect(hit.snippet).toContain('<mark>quetzal</mark>');
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(hit.snippet).toContain('&amp;');
  });

  it('shows the words of a write-up’s and a note’s Markdown in snippets, not its markup', async () => {
    await createRoundup(ds, ncasc2018, {
      title: 'A marked-up round-up',
      body: '## Day two\n\nThe **narwhal** panel, in [the main hall](https://example.org/narwhal-hall), was _full_.',
    });
    const s = (await ds.getRepository(SessionEntity).findOneBy({ title: 'The Guardian quiz' }))!;
    await ds.getRepository(NoteEntity).insert({
      id: newId(),
      userId: alice,
      sessionId: s.id,
      body: '# Takeaways\n\n- Ask about the **narwhal** fund\n- See [their page](https://example.org/narwhal)',
    });
    const hits = await search('narwhal', { viewerId: alice });
    const snippetOf = (kind: SearchKind) => hits.find((h) => h.kind === kind)!.snippet;
    for (const snippet of [snippetOf(SearchKind.ROUNDUP), snippetOf(SearchKind.NOTE)]) {
      expect(snippet).toContain('<mark>narwhal</mark>');
      expect(snippet).not.toMatch(/\*\*|#|\]\(|https?:|^- | _/);
    }
    // the words around the match, as each engine cuts them (PostgreSQL's ts_headline may start at the match)
    expect(snippetOf(SearchKind.ROUNDUP)).toContain('<mark>narwhal</mark> panel, in the main hall, was full');
    expect(snippetOf(SearchKind.NOTE)).toContain('<mark>narwhal</mark> fund See their page');
  });

  it('honours the number asked for', async () => {
    expect(await search('children', { first: 3 })).toHaveLength(3);
  });
});
