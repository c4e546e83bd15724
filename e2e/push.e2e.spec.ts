import { callAs, type RunningApp, signIn, signUp, startApp } from './support/start-app';
import { type PushDelivery, startPushEndpoint, subscriptionKeys } from './support/push-endpoint';

const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `count` deliveries have come (or the time is up), then a little longer for any extra. */
async function deliveries(
  list: PushDelivery[],
  path: string,
  count: number,
  ms = 15000,
): Promise<PushDelivery[]> {
  const mine = () => list.filter((d) => d.path === path);
  const deadline = Date.now() + ms;
  while (mine().length < count && Date.now() < deadline) await wait(200);
  // two instances poll every second: a second copy would have come by now
  await wait(3000);
  return mine();
}

// Two instances of the built app on one database (SQLite file or PostgreSQL schema), each polling the
// outbox every second; a stand-in push service on 127.0.0.1 over HTTPS; the app's clock set by CLOCK_START.
describe('Web Push: reminders and change alerts, delivered once by two instances', () => {
  // the reminder of a session at 09:00 comes at 08:50 by the app's clock, 25 s after it starts
  const CLOCK_START = '2018-11-14T08:49:35Z';
  const LEAD_MS = 25_000;
  let push: Awaited<ReturnType<typeof startPushEndpoint>>;
  let one: RunningApp;
  let two: RunningApp;
  let startedAt: number;
  let organiser: string;
  let delegate: string;
  const keys = subscriptionKeys();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    push = await startPushEndpoint();
    const env = {
      ORGANISER_EMAIL: ORGANISER.email,
      ORGANISER_PASSWORD: ORGANISER.password,
      PUSH_POLL_SECONDS: '1',
      CLOCK_START,
      NODE_EXTRA_CA_CERTS: push.caFile,
      VAPID_SUBJECT: 'mailto:ops@ncasc.example',
    };
    startedAt = Date.now();
    one = await startApp(env);
    two = await startApp(env, { database: one.database });
    organiser = await signIn(one.url, ORGANISER.email, ORGANISER.password);
    for (const [name, startsAt, endsAt] of [
      ['reminded', '2018-11-14T09:00:00Z', '2018-11-14T09:30:00Z'],
      ['moved', '2018-11-15T14:00:00Z', '2018-11-15T15:00:00Z'],
    ]) {
      const r = await callAs(
        one.url,
        organiser,
        'mutation ($i: CreateSessionInput!) { createSession(input: $i) { id } }',
        {
          i: {
            conferenceSlug: 'ncasc-2018',
            timePrecision: 'EXACT',
            title: name === 'reminded' ? 'Early bird briefing on push' : 'Fostering futures panel',
            startsAt,
            endsAt,
          },
        },
      );
      expect(r.errors).toBeUndefined();
      ids[name] = r.data.createSession.id as string;
    }
    const published = await callAs(
      one.url,
      organiser,
      'mutation { publishProgramme(conferenceSlug: "ncasc-2018", acceptWarnings: true) { number } }',
    );
    expect(published.errors).toBeUndefined();
    delegate = await signUp(one.url, 'Pat Delegate');
    for (const id of Object.values(ids))
      expect(
        (
          await callAs(two.url, delegate, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', {
            id,
          })
        ).errors,
      ).toBeUndefined();
    for (const path of ['/phone', '/gone-tablet']) {
      const r = await callAs(
        two.url,
        delegate,
        'mutation ($i: PushSubscriptionInput!) { registerPushSubscription(input: $i) { devices } }',
        { i: { endpoint: `${push.origin}${path}`, p256dh: keys.p256dh, auth: keys.auth } },
      );
      expect(r.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await two?.stop();
    await one?.stop();
    await push?.close();
  });

  it('sends a reminder at the right minute by the app’s clock, once, readable with the subscription’s keys', async () => {
    const [reminder, ...more] = await deliveries(push.received, '/phone', 1, LEAD_MS + 15000);
    expect(more).toHaveLength(0);
    // the app's clock read CLOCK_START no earlier than `startedAt` (before either process was spawned),
    // so 08:50 by it is at least LEAD_MS later; and it came within the minute, not long after
    expect(reminder.at - startedAt).toBeGreaterThanOrEqual(LEAD_MS);
    expect(reminder.at - startedAt).toBeLessThan(LEAD_MS + 20_000);
    const message = JSON.parse(keys.decrypt(reminder.body)) as { title: string; url: string };
    expect(message.title).toBe('Starts in 10 minutes: Early bird briefing on push');
    expect(message.url).toBe(`/sessions/${ids.reminded}`);
    expect(reminder.headers['content-encoding']).toBe('aes128gcm');
    const key = (await callAs(one.url, null, '{ pushPublicKey }')).data.pushPublicKey as string;
    expect(reminder.headers.authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${key}$`),
    );
  });

  it('drops the subscription whose push service answered 410', async () => {
    expect(push.received.filter((d) => d.path === '/gone-tablet').length).toBeGreaterThanOrEqual(1);
    const rows = await one.sql<{ endpoint: string }>('SELECT endpoint FROM push_subscriptions');
    expect(rows.map((r) => r.endpoint)).toEqual([`${push.origin}/phone`]);
  });

  it('sends exactly one change alert when an organiser moves a starred session and publishes, naming it', async () => {
    push.received.splice(0);
    const moved = await callAs(
      one.url,
      organiser,
      'mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }',
      {
        id: ids.moved,
        i: { startsAt: '2018-11-16T10:00:00Z', endsAt: '2018-11-16T11:00:00Z', room: 'Hall 2' },
      },
    );
    expect(moved.errors).toBeUndefined();
    const published = await callAs(
      two.url,
      organiser,
      'mutation { publishProgramme(conferenceSlug: "ncasc-2018", acceptWarnings: true) { number } }',
    );
    expect(published.errors).toBeUndefined();
    const alerts = await deliveries(push.received, '/phone', 1);
    expect(alerts).toHaveLength(1);
    const message = JSON.parse(keys.decrypt(alerts[0].body)) as { title: string; body: string; url: string };
    expect(message.title).toMatch(/^A session you starred changed/);
    expect(message.body).toBe(
      'Fostering futures panel — moved to Friday 16 November 2018, 10:00–11:00 GMT, Hall 2',
    );
    expect(message.url).toBe('/conferences/ncasc-2018/schedule');
  });
});
