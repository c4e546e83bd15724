import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser';
import { callAs, getText, gql, type RunningApp, signIn, startApp } from './support/start-app';

/**
 * Next year's conference, through the built app: an organiser creates NCASC 2027 from ncasc-2018's rooms
 * and themes; the public sees nothing of it until its first publish; its details go through the draft.
 */
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const NEW = {
  series: 'NCASC',
  year: 2027,
  name: 'National Children and Adult Services Conference 2027',
  startsOn: '2027-11-10',
  endsOn: '2027-11-12',
  city: 'Manchester',
  organisers: ['ADCS', 'ADASS', 'LGA'],
  copyFrom: 'ncasc-2018',
};
const CREATE = 'mutation ($i: CreateConferenceInput!) { createConference(input: $i) { slug isPublished } }';

let app: RunningApp;
let org: string;
const asOrg = (query: string, variables?: Record<string, unknown>) => callAs(app.url, org, query, variables);

beforeAll(async () => {
  app = await startApp({ ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password });
  org = await signIn(app.url, ORGANISER.email, ORGANISER.password);
});
afterAll(async () => {
  await app?.stop();
});

const slugs = async (token: string | null) =>
  ((await callAs(app.url, token, '{ conferences { slug } }')).data.conferences as { slug: string }[]).map(
    (c) => c.slug,
  );

describe('a new edition (GraphQL and HTTP)', () => {
  it('creates NCASC 2027 with ncasc-2018’s rooms and themes, and nothing else', async () => {
    const created = await asOrg(CREATE, { i: NEW });
    expect(created.errors).toBeUndefined();
    expect(created.data.createConference).toEqual({ slug: 'ncasc-2027', isPublished: false });
    const source = await gql<{ conference: { rooms: { name: string }[]; tracks: { slug: string }[] } }>(
      app.url,
      '{ conference(slug: "ncasc-2018") { rooms { name } tracks { slug } } }',
    );
    const draft = await asOrg(
      '{ draftProgramme(conferenceSlug: "ncasc-2027") { sessions { id } rooms { name } themes { slug } } }',
    );
    const d = draft.data.draftProgramme as {
      sessions: unknown[];
      rooms: { name: string }[];
      themes: { slug: string }[];
    };
    expect(d.sessions).toEqual([]);
    // every room and theme ncasc-2018's programme has (rooms the programme does not use come too)
    expect(d.rooms.map((r) => r.name)).toEqual(
      expect.arrayContaining(source.data.conference.rooms.map((r) => r.name)),
    );
    expect(d.themes.map((t) => t.slug).sort()).toEqual(
      source.data.conference.tracks.map((t) => t.slug).sort(),
    );
  });

  it.each([
    ['year', { ...NEW, copyFrom: undefined }],
    ['endsOn', { ...NEW, year: 2028, startsOn: '2028-11-10', endsOn: '2028-11-01' }],
    ['timezone', { ...NEW, year: 2028, timezone: 'Nowhere/Special' }],
    ['copyFrom', { ...NEW, year: 2028, copyFrom: 'adcs-1990' }],
  ])('refuses a bad %s by name and changes nothing', async (field, input) => {
    const before = await slugs(org);
    const res = await asOrg(CREATE, { i: input });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await slugs(org)).toEqual(before);
  });

  it('keeps the unpublished edition from the public everywhere, and shows it to organisers as not published', async () => {
    const anonymous = await gql<{ conference: unknown }>(
      app.url,
      '{ conference(slug: "ncasc-2027") { slug } }',
    );
    expect(anonymous.data.conference).toBeNull();
    expect(await slugs(null)).not.toContain('ncasc-2027');
    expect((await getText(app.url, '/calendar/conferences/ncasc-2027.ics')).status).toBe(404);
    expect((await getText(app.url, '/schedule/ncasc-2027.json')).status).toBe(404);
    const search = await gql(
      app.url,
      '{ search(query: "social care", conferenceSlug: "ncasc-2027") { title } }',
    );
    expect(search.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const organiser = await asOrg('{ conference(slug: "ncasc-2027") { isPublished } }');
    expect(organiser.data.conference).toEqual({ isPublished: false });
    expect(await slugs(org)).toContain('ncasc-2027');
  });

  it('puts detail changes through the draft, refuses a date move that strands a session, and publishes a changelog', async () => {
    const venue = await asOrg(
      'mutation { updateConference(slug: "ncasc-2027", input: { venue: "Manchester Central" }) { venue } }',
    );
    expect(venue.errors).toBeUndefined();
    const added =
      await asOrg(`mutation { createSession(input: { conferenceSlug: "ncasc-2027", title: "Closing plenary",
      type: PLENARY, timePrecision: DAY_PART, day: "2027-11-12", dayPart: MORNING, room: "Exchange Hall" }) { id } }`);
    expect(added.errors).toBeUndefined();
    const strand = await asOrg(
      'mutation { updateConference(slug: "ncasc-2027", input: { startsOn: "2027-11-09", endsOn: "2027-11-11" }) { slug } }',
    );
    expect(strand.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn' });
    expect(strand.errors?.[0].message).toContain('“Closing plenary”');

    const draft = await asOrg(
      '{ draftProgramme(conferenceSlug: "ncasc-2027") { changes { kind field before after } } }',
    );
    expect(draft.data.draftProgramme.changes).toContainEqual({
      kind: 'CONFERENCE_UPDATED',
      field: 'Venue',
      before: 'not given',
      after: 'Manchester Central',
    });
    const publish = await asOrg('mutation { publishProgramme(conferenceSlug: "ncasc-2027") { number } }');
    expect(publish.errors).toBeUndefined();
    const versions = await gql<{
      conference: {
        venue: string;
        isPublished: boolean;
        programmeVersions: { changes: { field: string | null; before: string; after: string }[] }[];
      };
    }>(
      app.url,
      '{ conference(slug: "ncasc-2027") { venue isPublished programmeVersions { changes { field before after } } } }',
    );
    expect(versions.data.conference.venue).toBe('Manchester Central');
    expect(versions.data.conference.isPublished).toBe(true);
    expect(versions.data.conference.programmeVersions[0].changes).toContainEqual({
      field: 'Venue',
      before: 'not given',
      after: 'Manchester Central',
    });
    expect((await getText(app.url, '/calendar/conferences/ncasc-2027.ics')).body).toContain(
      'Closing plenary',
    );
    expect(await slugs(null)).toContain('ncasc-2027');
  });

  it('keeps rooms as reference data: create, rename, capacity, and no removal while a session uses one', async () => {
    const rooms = await asOrg('{ draftProgramme(conferenceSlug: "ncasc-2027") { rooms { id name } } }');
    const hall = (rooms.data.draftProgramme.rooms as { id: string; name: string }[]).find(
      (r) => r.name === 'Exchange Hall',
    )!;
    const sized = await asOrg(
      'mutation ($id: ID!) { updateRoom(id: $id, input: { capacity: 1200 }) { capacity } }',
      {
        id: hall.id,
      },
    );
    expect(sized.data.updateRoom).toEqual({ capacity: 1200 });
    const shown = await gql<{ conference: { sessions: { room: { name: string; capacity: number } }[] } }>(
      app.url,
      '{ conference(slug: "ncasc-2027") { sessions { room { name capacity } } } }',
    );
    expect(shown.data.conference.sessions[0].room).toEqual({ name: 'Exchange Hall', capacity: 1200 });
    const used = await asOrg('mutation ($id: ID!) { removeRoom(id: $id) }', { id: hall.id });
    expect(used.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(used.errors?.[0].message).toContain('“Closing plenary”');
    const bad = await asOrg(
      'mutation { createRoom(input: { conferenceSlug: "ncasc-2027", name: "Annexe", capacity: -5 }) { id } }',
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    const annexe = await asOrg(
      'mutation { createRoom(input: { conferenceSlug: "ncasc-2027", name: "Annexe" }) { id name } }',
    );
    const renamed = await asOrg(
      'mutation ($id: ID!) { updateRoom(id: $id, input: { name: "Annexe 2" }) { name } }',
      {
        id: annexe.data.createRoom.id,
      },
    );
    expect(renamed.data.updateRoom).toEqual({ name: 'Annexe 2' });
    expect(
      (await asOrg('mutation ($id: ID!) { removeRoom(id: $id) }', { id: annexe.data.createRoom.id })).data,
    ).toEqual({
      removeRoom: true,
    });
  });
});

describe('an organiser creating an edition in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fills in the New conference page, lands on the editor, and sees it listed as not yet published', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));
    await page.goto(`${app.url}/sign-in?next=${encodeURIComponent('/')}`);
    await page.getByLabel('Email address').fill(ORGANISER.email);
    await page.getByLabel('Password').fill(ORGANISER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'New conference' }).click();
    await page.getByRole('heading', { level: 1, name: 'New conference' }).waitFor();
    await page.getByLabel('Series').selectOption('ADCS');
    await page.getByLabel('Year').fill('2027');
    await page.getByLabel('Name').fill('ADCS Annual Conference 2027');
    await page.getByLabel('First day').fill('2027-07-07');
    await page.getByLabel('Last day').fill('2027-07-01');
    await page.getByLabel('Copy rooms and themes from').selectOption('ncasc-2018');
    await page.getByRole('button', { name: 'Create conference' }).click();
    // the server's refusal sits next to the field it names
    await page.locator('#new-endsOn-error').waitFor();
    await page.getByLabel('Last day').fill('2027-07-09');
    await page.getByRole('button', { name: 'Create conference' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit programme' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/conferences/adcs-2027/edit');
    await page.getByText('Not yet published').first().waitFor();

    await page.getByRole('link', { name: 'Conference settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Conference settings' }).waitFor();
    expect(await page.getByLabel('Name').count()).toBeGreaterThan(0);
    await page.getByLabel('Venue').fill('Hilton Manchester Deansgate');
    // the save reloads the draft, whose new details start the form afresh: the word of the save stays
    const reloaded = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query DraftProgramme'),
    );
    await page.getByRole('button', { name: 'Save details' }).click();
    await reloaded;
    await page.getByRole('textbox', { name: 'Venue' }).waitFor();
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.getByText('Saved in the draft').isVisible()).toBe(true);

    await page.goto(`${app.url}/`);
    const card = page.locator('.card', { hasText: 'ADCS Annual Conference 2027' });
    await card.getByText('Not yet published').waitFor();

    // a signed-out visitor's list does not have it, nor its agenda
    const visitor = await browser.newPage();
    await visitor.goto(`${app.url}/`);
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    await visitor.locator('.card').first().waitFor();
    expect(await visitor.locator('.card', { hasText: 'ADCS Annual Conference 2027' }).count()).toBe(0);

    // the organiser imports a sheet: the preview first, nothing changed until confirmed
    await page.goto(`${app.url}/conferences/adcs-2027/edit`);
    await page.getByRole('link', { name: 'Import a programme file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import a programme' }).waitFor();
    await page.getByLabel('Programme file').setInputFiles({
      name: 'adcs-2027.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(SHEET, 'utf8'),
    });
    const preview = page.getByRole('table', { name: 'Changes to the draft' });
    await preview.waitFor();
    expect(await preview.locator('tbody tr').count()).toBe(3);
    await preview.getByRole('cell', { name: 'Leading through the spending review' }).waitFor();
    expect(await page.getByText('Imported into the draft').count()).toBe(0);
    await page.getByRole('button', { name: 'Import into the draft' }).click();
    await page.getByText('Imported into the draft: 3 added, 0 updated, 0 removed.').waitFor();

    // then reviews and publishes it from the editor
    await page.getByRole('link', { name: 'Review and publish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit programme' }).waitFor();
    await page.getByLabel('Note for delegates (what changed and why)').fill('The first programme');
    const accept = page.getByLabel('Publish despite these warnings');
    if (await accept.count()) await accept.check();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Published version 1' }).waitFor();
    expect(failed).toEqual([]);
    await page.close();

    // and the signed-out visitor now finds the conference and its agenda
    await visitor.goto(`${app.url}/`);
    await visitor.locator('.card', { hasText: 'ADCS Annual Conference 2027' }).waitFor();
    await visitor.goto(`${app.url}/conferences/adcs-2027`);
    await visitor.getByRole('heading', { level: 1, name: 'ADCS Annual Conference 2027' }).waitFor();
    await visitor.getByRole('link', { name: 'Leading through the spending review' }).waitFor();
    expect(await visitor.getByText('Not yet published').count()).toBe(0);
    await visitor.close();
  });
});

/** A small programme sheet as an organiser would export it from Excel (CSV, UTF-8 with a BOM). */
const SHEET =
  '\ufeffid,title,type,day,start,end,day_part,room,themes,speakers,summary\n' +
  'a1,Leading through the spending review,KEYNOTE,2027-07-07,09:30,10:15,,Main hall,Funding,' +
  '"Jane Example (President, ADCS)",Opening address\n' +
  'a2,Workshop on early help,WORKSHOP,2027-07-07,,,afternoon,Room 2,Early help,,\n' +
  'a3,Conference dinner,SOCIAL,2027-07-08,,,,,,,\n';
