import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { launchChromium } from './support/browser';
import {
  callAs,
  getText,
  ROOT,
  type RunningApp,
  sessionIds,
  signIn,
  signUp,
  startApp,
} from './support/start-app';

/**
 * Session feedback through GraphQL and HTTP on the built, seeded app: delegates rate sessions that have
 * begun, once each (changeable); organisers read counts, averages, spread and comments without
 * authors, hide comments and export CSV; no one reads another delegate's rating.
 */
const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const RATE = `mutation ($i: RateSessionInput!) { rateSession(input: $i) { id rating comment } }`;
const SUMMARY = `query ($s: ID!) { sessionFeedback(sessionId: $s) {
  count average distribution comments { id rating comment hidden } } }`;

let app: RunningApp;
let organiser: string;
let ana: string;
let ben: string;
let past: Record<string, string>;

const rate = (token: string | null, sessionId: string, rating: number, comment?: string | null) =>
  callAs(app.url, token, RATE, { i: { sessionId, rating, comment } });
const refusal = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
  code: r.errors?.[0]?.extensions?.code,
  field: r.errors?.[0]?.extensions?.field,
});
const asOrg = (query: string, variables?: Record<string, unknown>) =>
  callAs(app.url, organiser, query, variables);

beforeAll(async () => {
  app = await startApp({ ORGANISER_EMAIL: ORGANISER.email, ORGANISER_PASSWORD: ORGANISER.password });
  organiser = await signIn(app.url, ORGANISER.email, ORGANISER.password);
  ana = await signUp(app.url, 'Ana Rater');
  ben = await signUp(app.url, 'Ben Rater');
  past = await sessionIds(app.url, 'ncasc-2018');
});
afterAll(() => app?.stop());

describe('rating a session', () => {
  it('takes a rating from a signed-in delegate once the session has begun, and one per delegate', async () => {
    const id = Object.values(past)[0];
    expect(refusal(await rate(null, id, 4))).toEqual({ code: 'UNAUTHENTICATED', field: undefined });
    const first = await rate(ana, id, 4, '  Clear and practical.  ');
    expect(first.errors).toBeUndefined();
    expect(first.data.rateSession).toMatchObject({ rating: 4, comment: 'Clear and practical.' });
    // rating again changes the one rating
    const again = await rate(ana, id, 2, 'On reflection, too long.');
    expect(again.data.rateSession).toMatchObject({ id: first.data.rateSession.id, rating: 2 });
    const mine = await callAs(
      app.url,
      ana,
      'query ($id: ID!) { session(id: $id) { myFeedback { rating comment } } }',
      {
        id,
      },
    );
    expect(mine.data.session.myFeedback).toEqual({ rating: 2, comment: 'On reflection, too long.' });
    const summary = await asOrg(SUMMARY, { s: id });
    expect(summary.data.sessionFeedback).toMatchObject({
      count: 1,
      average: 2,
      distribution: [0, 1, 0, 0, 0],
    });
  });

  it('refuses ratings out of range and overlong comments, naming the field, and changes nothing', async () => {
    const id = Object.values(past)[1];
    for (const rating of [0, 6])
      expect(refusal(await rate(ana, id, rating))).toEqual({ code: 'BAD_USER_INPUT', field: 'rating' });
    expect(refusal(await rate(ana, id, 3, 'x'.repeat(2001)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'comment',
    });
    expect(
      (await callAs(app.url, ana, RATE, { i: { sessionId: id, rating: 2.5 } })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await asOrg(SUMMARY, { s: id })).data.sessionFeedback.count).toBe(0);
  });

  it('refuses a session that has not begun, by its clock time or its part of the day', async () => {
    const created = await asOrg(
      'mutation ($i: CreateConferenceInput!) { createConference(input: $i) { slug } }',
      {
        i: { series: 'NCASC', year: 2040, name: 'NCASC 2040', startsOn: '2040-11-14', endsOn: '2040-11-16' },
      },
    );
    expect(created.errors).toBeUndefined();
    for (const input of [
      {
        title: 'Future keynote',
        timePrecision: 'EXACT',
        startsAt: '2040-11-14T09:30:00Z',
        endsAt: '2040-11-14T10:30:00Z',
      },
      { title: 'Future workshop', timePrecision: 'DAY_PART', day: '2040-11-15', dayPart: 'AFTERNOON' },
    ]) {
      const r = await asOrg('mutation ($i: CreateSessionInput!) { createSession(input: $i) { id } }', {
        i: { conferenceSlug: 'ncasc-2040', ...input },
      });
      expect(r.errors).toBeUndefined();
    }
    const published = await asOrg(
      'mutation { publishProgramme(conferenceSlug: "ncasc-2040", acceptWarnings: true) { number } }',
    );
    expect(published.errors).toBeUndefined();
    const future = await sessionIds(app.url, 'ncasc-2040');
    for (const title of ['Future keynote', 'Future workshop']) {
      const r = await rate(ana, future[title], 5);
      expect(refusal(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'sessionId' });
      expect(r.errors?.[0].message).toMatch(/once it has begun/);
    }
  });

  it('refuses a cancelled session, and an unknown one as NOT_FOUND', async () => {
    const [title, id] = Object.entries(past)[2];
    expect(
      (await asOrg('mutation ($id: ID!) { cancelSession(id: $id) { id } }', { id })).errors,
    ).toBeUndefined();
    const published = await asOrg(
      'mutation ($n: String) { publishProgramme(conferenceSlug: "ncasc-2018", note: $n, acceptWarnings: true) { number } }',
      { n: `${title} cancelled` },
    );
    expect(published.errors).toBeUndefined();
    expect(refusal(await rate(ana, id, 3))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    expect(refusal(await rate(ana, '00000000-0000-4000-8000-000000000000', 3))).toEqual({
      code: 'NOT_FOUND',
      field: 'sessionId',
    });
  });
});

describe('reading feedback', () => {
  let id: string;
  beforeAll(async () => {
    id = Object.values(past)[3];
    expect((await rate(ana, id, 5, 'Best session of the day')).errors).toBeUndefined();
    expect((await rate(ben, id, 3, '=HYPERLINK("http://evil.example","click")')).errors).toBeUndefined();
  });

  it('keeps a delegate’s rating from every other delegate', async () => {
    const seen = await callAs(
      app.url,
      ben,
      'query ($id: ID!) { session(id: $id) { myFeedback { rating comment } } }',
      {
        id,
      },
    );
    expect(seen.data.session.myFeedback).toEqual({
      rating: 3,
      comment: '=HYPERLINK("http://evil.example","click")',
    });
    const anonymous = await callAs(
      app.url,
      null,
      'query ($id: ID!) { session(id: $id) { myFeedback { rating } } }',
      {
        id,
      },
    );
    expect(anonymous.data.session.myFeedback).toBeNull();
    // only organisers read summaries
    expect(refusal(await callAs(app.url, ben, SUMMARY, { s: id }))).toEqual({
      code: 'FORBIDDEN',
      field: undefined,
    });
    expect(refusal(await callAs(app.url, null, SUMMARY, { s: id }))).toEqual({
      code: 'UNAUTHENTICATED',
      field: undefined,
    });
  });

  it('shows organisers the count, average, spread and comments, and no author anywhere', async () => {
    const r = await asOrg(SUMMARY, { s: id });
    expect(r.data.sessionFeedback).toMatchObject({ count: 2, average: 4, distribution: [0, 0, 1, 0, 1] });
    expect(r.data.sessionFeedback.comments.map((c: { comment: string }) => c.comment).sort()).toEqual([
      '=HYPERLINK("http://evil.example","click")',
      'Best session of the day',
    ]);
    // the types organisers read (as the server publishes its schema) have no field that could name the author
    const schema = buildSchema(readFileSync(join(ROOT, 'apps', 'api', 'schema.gql'), 'utf8'));
    const names = ['FeedbackComment', 'FeedbackSummary'].flatMap((t) =>
      Object.keys((schema.getType(t) as GraphQLObjectType).getFields()),
    );
    expect(names).toContain('comment');
    expect(names.filter((n) => /user|author|email|name/i.test(n))).toEqual([]);
  });

  it('lets an organiser hide a comment and show it again; the rating still counts', async () => {
    const summary = await asOrg(SUMMARY, { s: id });
    const bad = summary.data.sessionFeedback.comments.find((c: { rating: number }) => c.rating === 3);
    const HIDE =
      'mutation ($id: ID!, $h: Boolean!) { setFeedbackCommentHidden(id: $id, hidden: $h) { hidden } }';
    expect(refusal(await callAs(app.url, ana, HIDE, { id: bad.id, h: true }))).toEqual({
      code: 'FORBIDDEN',
      field: undefined,
    });
    expect((await asOrg(HIDE, { id: bad.id, h: true })).data.setFeedbackCommentHidden).toEqual({
      hidden: true,
    });
    const after = (await asOrg(SUMMARY, { s: id })).data.sessionFeedback;
    expect(after.count).toBe(2);
    expect(after.comments.find((c: { id: string }) => c.id === bad.id).hidden).toBe(true);
    expect((await asOrg(HIDE, { id: bad.id, h: false })).data.setFeedbackCommentHidden).toEqual({
      hidden: false,
    });
    expect(refusal(await asOrg(HIDE, { id: '00000000-0000-4000-8000-000000000000', h: true }))).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });

  it('exports a conference’s feedback as CSV for organisers only, formulas defused, no authors', async () => {
    const path = '/exports/feedback/ncasc-2018.csv';
    expect((await getText(app.url, path)).status).toBe(401);
    expect((await getText(app.url, path, { authorization: `Bearer ${ben}` })).status).toBe(403);
    expect(
      (await getText(app.url, '/exports/feedback/ncasc-1999.csv', { authorization: `Bearer ${organiser}` }))
        .status,
    ).toBe(404);
    const csv = await getText(app.url, path, { authorization: `Bearer ${organiser}` });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('session_id,session,when,rating,comment,comment_hidden,updated_at');
    // the ratings made in this file: one in the first block (changed once), and this block's two
    expect(lines.length - 1).toBe(3);
    expect(csv.body).toContain('Best session of the day');
    // a spreadsheet would run a cell that starts with =; the export starts it with a quote instead
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv.body).not.toMatch(/Ana Rater|Ben Rater|council\.example/);
  });
});

describe('feedback on the session page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signInAs = async (page: Page, email: string, password: string, next: string) => {
    await page.goto(`${app.url}/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  it('lets a delegate rate a session on its phone, and shows the organiser the rating without a name', async () => {
    const [, id] = Object.entries(past)[4];
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const failed: string[] = [];
    phone.on('pageerror', (e) => failed.push(e.message));
    await phone.goto(`${app.url}/sessions/${id}`);
    await phone.getByRole('link', { name: 'Sign in to rate this session' }).waitFor();
    await signInAs(phone, 'ana.rater@council.example', 'long-enough-pw', `/sessions/${id}`);
    const section = phone.locator('section.feedback');
    await section.getByRole('button', { name: 'Send feedback' }).waitFor();
    // no rating chosen: the form says so next to the choices and sends nothing
    await section.getByRole('button', { name: 'Send feedback' }).click();
    await section.getByText('Choose a rating from 1 to 5.').waitFor();
    await section.getByRole('radio', { name: /^4/ }).check();
    await section.getByLabel('Comment for the organisers (optional)').fill('Useful case studies');
    await section.getByRole('button', { name: 'Send feedback' }).click();
    await section.getByText('Thank you: your feedback was sent.').waitFor();
    await phone.reload();
    await section.getByRole('button', { name: 'Update feedback' }).waitFor();
    expect(await section.getByRole('radio', { name: /^4/ }).isChecked()).toBe(true);
    expect(failed).toEqual([]);
    await phone.close();

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(desk, ORGANISER.email, ORGANISER.password, `/sessions/${id}`);
    const summary = desk.locator('.feedback-summary');
    await summary.getByText('1 rating, average 4.00 out of 5.').waitFor();
    await summary.getByText('Useful case studies').waitFor();
    expect(await summary.getByText(/Ana Rater/).count()).toBe(0);
    await summary.getByRole('button', { name: 'Hide comment' }).click();
    await summary.getByRole('button', { name: 'Show comment' }).waitFor();
    await desk.close();
  });
});
