import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { callAs, ROOT, type RunningApp, signIn, signUp, startApp } from './support/start-app';

/** Staff write and import round-ups; mentions link people and sessions; everyone searches. */
const STAFF = { email: 'staff@adcs.example', password: 'staff-pass-12345' };
const SEEDS = join(ROOT, '..', 'shared', 'seeds', '002_d6c766277591dfe6.txt');

let app: RunningApp;
let staff: string;
let delegate: string;
const call = (token: string | null, query: string, variables?: Record<string, unknown>) =>
  callAs(app.url, token, query, variables);

beforeAll(async () => {
  app = await startApp({ STAFF_EMAIL: STAFF.email, STAFF_PASSWORD: STAFF.password });
  staff = await signIn(app.url, STAFF.email, STAFF.password);
  delegate = await signUp(app.url, 'Dee Legate');
});
afterAll(() => app?.stop());

/** One post of the seeds' blog capture: its title line up to the tags footer (read at test time). */
function seededPost(title: string): string {
  const lines = readFileSync(SEEDS, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.trim() === title);
  if (start < 0) throw new Error(`no post "${title}" in ${SEEDS}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('Tags assigned to this article'));
  return lines.slice(start, end).join('\n');
}

const ROUNDUP_FIELDS = `id title status author publishedOn bodyHtml
  speakers { id name } sessions { id title }`;
const CREATE = `mutation ($i: CreateRoundupInput!) { createRoundup(input: $i) { ${ROUNDUP_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishRoundup(id: $id) { ${ROUNDUP_FIELDS} } }`;
const READ = `query ($id: ID!) { roundup(id: $id) { ${ROUNDUP_FIELDS} } }`;
const MENTIONS = `query ($id: ID!) { roundup(id: $id) { mentions { kind status matchedText excerpt speaker { id name } session { id title } } } }`;
const LIST = `query ($slug: String!, $drafts: Boolean) { conference(slug: $slug) { roundups(includeDrafts: $drafts) { id status } } }`;
const SEARCH = `query ($q: String!, $slug: String, $kinds: [SearchKind!], $first: Int) {
  search(query: $q, conferenceSlug: $slug, kinds: $kinds, first: $first) { kind id title snippet url conference { slug } } }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  snippet: string;
  url: string;
  conference: { slug: string } | null;
}

describe('writing round-ups', () => {
  it('lets only staff and organisers write, and changes nothing for anyone else', async () => {
    const input = { conferenceSlug: 'ncasc-2018', title: 'Not mine to write', body: 'Hello' };
    const before = (await call(staff, LIST, { slug: 'ncasc-2018', drafts: true })).data.conference.roundups
      .length;
    expect((await call(null, CREATE, { i: input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(delegate, CREATE, { i: input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await call(delegate, LIST, { slug: 'ncasc-2018', drafts: true })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const after = (await call(staff, LIST, { slug: 'ncasc-2018', drafts: true })).data.conference.roundups
      .length;
    expect(after).toBe(before);
  });

  it('names the field of bad input', async () => {
    const r = await call(staff, CREATE, { i: { conferenceSlug: 'ncasc-2018', title: '   ', body: 'x' } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const missing = await call(staff, CREATE, { i: { conferenceSlug: 'ncasc-2031', title: 'x', body: 'x' } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'conferenceSlug' });
    const date = await call(staff, CREATE, {
      i: { conferenceSlug: 'ncasc-2018', title: 'x', body: 'x', publishedOn: '2018-02-31' },
    });
    expect(date.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const blank = await call(staff, CREATE, {
      i: { conferenceSlug: 'ncasc-2018', title: 'x', body: ' \n ' },
    });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const unknown = await call(staff, `mutation ($i: MentionInput!) { confirmMention(input: $i) { id } }`, {
      i: {
        roundupId: '00000000-0000-4000-8000-000000000000',
        kind: 'SPEAKER',
        targetId: '00000000-0000-4000-8000-000000000001',
      },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'roundupId' });
  });

  it('keeps drafts from the public until published, then links the confirmed mentions', async () => {
    const created = await call(staff, CREATE, {
      i: {
        conferenceSlug: 'ncasc-2018',
        title: 'Inspection and funding in Manchester',
        body: 'Amanda Spielman described the new frameworks.\n\nLater, Cllr Hudspeth and Matt Dunkley spoke on funding.',
        author: 'ADCS staff',
      },
    });
    const draft = created.data.createRoundup;
    expect(draft).toMatchObject({ status: 'DRAFT', speakers: [] });
    expect((await call(null, READ, { id: draft.id })).data.roundup).toBeNull();
    expect((await call(delegate, READ, { id: draft.id })).data.roundup).toBeNull();
    const publicList = (await call(null, LIST, { slug: 'ncasc-2018' })).data.conference.roundups;
    expect(publicList.map((r: { id: string }) => r.id)).not.toContain(draft.id);
    expect((await call(null, MENTIONS, { id: draft.id })).data.roundup).toBeNull();

    const mentions = (await call(staff, MENTIONS, { id: draft.id })).data.roundup.mentions;
    expect(mentions.map((m: { speaker: { name: string } }) => m.speaker?.name)).toEqual([
      'Amanda Spielman',
      'Ian Hudspeth',
      'Matt Dunkley',
    ]);
    expect(mentions.every((m: { status: string }) => m.status === 'SUGGESTED')).toBe(true);
    expect(mentions[1]).toMatchObject({ matchedText: expect.stringContaining('Hudspeth') });

    // staff remove one; publishing confirms the rest
    const hudspeth = mentions[1].speaker.id;
    const removed = await call(staff, `mutation ($i: MentionInput!) { removeMention(input: $i) { id } }`, {
      i: { roundupId: draft.id, kind: 'SPEAKER', targetId: hudspeth },
    });
    expect(removed.errors).toBeUndefined();
    const published = (await call(staff, PUBLISH, { id: draft.id })).data.publishRoundup;
    expect(published.status).toBe('PUBLISHED');
    expect(published.speakers.map((s: { name: string }) => s.name)).toEqual([
      'Amanda Spielman',
      'Matt Dunkley',
    ]);

    const read = (await call(null, READ, { id: draft.id })).data.roundup;
    const spielman = published.speakers[0].id;
    expect(read.bodyHtml).toContain(`<a href="/speakers/${spielman}" class="mention">Amanda Spielman</a>`);
    expect(read.bodyHtml).not.toContain(`/speakers/${hudspeth}`);
    const speaker = await call(null, `query ($id: ID!) { speaker(id: $id) { roundups { id } } }`, {
      id: spielman,
    });
    expect(speaker.data.speaker.roundups.map((r: { id: string }) => r.id)).toContain(draft.id);

    // taken back to draft: gone from the public again; deleted: gone for staff too
    await call(staff, `mutation ($id: ID!) { unpublishRoundup(id: $id) { status } }`, { id: draft.id });
    expect((await call(null, READ, { id: draft.id })).data.roundup).toBeNull();
    const again = await call(null, `query ($id: ID!) { speaker(id: $id) { roundups { id } } }`, {
      id: spielman,
    });
    expect(again.data.speaker.roundups.map((r: { id: string }) => r.id)).not.toContain(draft.id);
    const deleted = await call(staff, `mutation ($id: ID!) { deleteRoundup(id: $id) }`, { id: draft.id });
    expect(deleted.data.deleteRoundup).toBe(draft.id);
    expect((await call(staff, READ, { id: draft.id })).data.roundup).toBeNull();
  });

  const XSS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](  javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<a href="javascript:alert(1)">x</a>',
    '<div style="background:url(javascript:alert(1))">styled</div>',
    '<style>body{display:none}</style>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg onload=alert(1)>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '![x](https://x.example/a.png" onerror="alert(1))',
    '[x](https://ok.example "t\\" onmouseover=\\"alert(1))',
    '<details open ontoggle=alert(1)>',
    '<body onload=alert(1)>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '<<script>script>alert(1)<</script>/script>',
    '`<script>alert(1)</script>`',
  ];

  it('sanitises the body: no script, event handler, javascript: URL or style survives', async () => {
    const created = await call(staff, CREATE, {
      i: { conferenceSlug: 'ncasc-2018', title: 'Hostile', body: XSS.join('\n\n') },
    });
    const id = created.data.createRoundup.id;
    await call(staff, PUBLISH, { id });
    const html: string = (await call(null, READ, { id })).data.roundup.bodyHtml;
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(tag).toMatch(/^<(p|a|code|em|strong|br)\b/);
      expect(tag).not.toMatch(/\son\w+\s*=|\sstyle\s*=|(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
    }
    expect(html).not.toMatch(/<(script|iframe|img|svg|math|style|details|body)\b/i);
  });
});

describe('importing posts', () => {
  const IMPORT = `mutation ($i: ImportRoundupInput!) { importRoundup(input: $i) { id title status bodyHtml } }`;
  const names = async (id: string) =>
    (
      (await call(staff, MENTIONS, { id })).data.roundup.mentions as {
        kind: string;
        speaker: { name: string };
      }[]
    )
      .filter((m) => m.kind === 'SPEAKER')
      .map((m) => m.speaker.name)
      .sort();

  it('imports the NCASC 2018 round-up from the seeds as a draft linking the people it names', async () => {
    const r = await call(staff, IMPORT, {
      i: { conferenceSlug: 'ncasc-2018', text: seededPost('NCASC 2018 Round-up') },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.importRoundup).toMatchObject({ title: 'NCASC 2018 Round-up', status: 'DRAFT' });
    expect(r.data.importRoundup.bodyHtml).not.toMatch(/Tags assigned|Related Blog Articles|<h\d/);
    expect(await names(r.data.importRoundup.id)).toEqual(
      [
        'Amanda Spielman',
        'Andy Burnham',
        'Antoinette Bramble',
        'Carol Brookes',
        'Donna Malloy',
        'Glen Garrod',
        'Ian Hudspeth',
        'Junior',
        'Lucy Butler',
        'Matt Dunkley',
        'Nadhim Zahawi',
        'Stuart Carlton',
        'Stuart Gallimore',
        'Yvette Stanley',
      ].sort(),
    );
  });

  it('imports the NCASC 2017 round-up through `npm run import-roundup`, linking its speakers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const file = join(dir, 'ncasc-2017.txt');
    writeFileSync(file, seededPost('NCASC 2017 Round-up'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'apps/api/dist/cli/import-roundup.js'), file, '--conference', 'ncasc-2017'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', DATABASE_URL: app.database.url } },
    );
    const id = /imported draft ([0-9a-f-]{36})/.exec(stdout)?.[1];
    expect(id).toBeDefined();
    expect(stdout).toMatch(/\d+ mentions suggested/);
    // sessions are found by their titles and distinctive phrases too
    const sessions = (
      (await call(staff, MENTIONS, { id })).data.roundup.mentions as { session: { title: string } | null }[]
    ).flatMap((m) => (m.session ? [m.session.title] : []));
    expect(sessions).toEqual(
      expect.arrayContaining([
        'Education Question Time',
        'Plenary: the Independent Inquiry into Child Sexual Abuse',
      ]),
    );
    expect(await names(id!)).toEqual(
      [
        'Alison Michalska',
        'Andrew Webb',
        'Anne Longfield',
        'Anne Stoker',
        'Anthony Douglas',
        'Dave Hill',
        'Gary Porter',
        'Helen Lincoln',
        'Kathryn Boulton',
        'Margaret Wilcox',
        'Mark Owers',
        'Martin Narey',
        'Robbie Kent',
        'Robert Goodwill',
        'Sally Hodges',
      ].sort(),
    );
  });

  it('refuses text with no post in it, naming the field', async () => {
    const r = await call(staff, IMPORT, { i: { conferenceSlug: 'ncasc-2018', text: '  \n\n ' } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});

describe('search', () => {
  const search = async (token: string | null, q: string, more: Record<string, unknown> = {}) => {
    const r = await call(token, SEARCH, { q, ...more });
    expect(r.errors).toBeUndefined();
    return r.data.search as Hit[];
  };

  it('ranks a speaker named in the query first, with links and highlighted snippets', async () => {
    const hits = await search(null, 'Spielman');
    expect(hits[0]).toMatchObject({
      kind: 'SPEAKER',
      title: 'Amanda Spielman',
      url: `/speakers/${hits[0].id}`,
    });
    const session = hits.find((h) => h.kind === 'SESSION')!;
    expect(session).toMatchObject({ url: `/sessions/${session.id}`, conference: { slug: 'ncasc-2018' } });
    expect(session.snippet).toContain('<mark>Spielman</mark>');
    const roundup = hits.find((h) => h.kind === 'ROUNDUP')!;
    expect(roundup.url).toBe(`/roundups/${roundup.id}`);
  });

  it('stems ("safeguard" finds safeguarding) and filters by conference and kind', async () => {
    const hits = await search(null, 'safeguard', { slug: 'ncasc-2018', kinds: ['SESSION'] });
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.kind === 'SESSION' && h.conference?.slug === 'ncasc-2018')).toBe(true);
    expect(hits.some((h) => /<mark>safeguarding<\/mark>/i.test(h.snippet))).toBe(true);
  });

  it.each(['"', 'OR (', 'NEAR(', '*', 'child*"', "') OR 1=1 --", 'AND OR NOT', '{a b}:c', '^x', '\\'])(
    'answers the hostile query %j with results or none, never an error',
    async (q) => {
      const r = await call(null, SEARCH, { q });
      expect(r.errors).toBeUndefined();
      expect(Array.isArray(r.data.search)).toBe(true);
    },
  );

  it('refuses page sizes it will not serve, by field', async () => {
    const r = await call(null, SEARCH, { q: 'funding', first: 500 });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it("finds a delegate's own notes for them alone", async () => {
    const other = await signUp(app.url, 'Other Delegate');
    const { data } = await call(null, `{ conference(slug: "ncasc-2018") { sessions { id title } } }`);
    const session = data.conference.sessions.find((s: { title: string }) => s.title === 'Child poverty');
    const saved = await call(delegate, `mutation ($i: SaveNoteInput!) { saveNote(input: $i) { body } }`, {
      i: { sessionId: session.id, body: 'Follow up the *pangolin* pilot with the team' },
    });
    expect(saved.errors).toBeUndefined();
    const mine = await search(delegate, 'pangolin');
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'NOTE',
        id: session.id,
        title: 'Child poverty',
        url: `/sessions/${session.id}#notes`,
      }),
    ]);
    expect(mine[0].snippet).toContain('<mark>pangolin</mark>');
    expect(await search(other, 'pangolin')).toEqual([]);
    expect(await search(null, 'pangolin')).toEqual([]);
  });
});
