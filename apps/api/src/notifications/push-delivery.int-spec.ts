import { DayPart, TimePrecision } from '@ncasc/shared';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/create-test-app';
import { createConference, createRoom, createSession, NCASC_2018 } from '../../test/factories';
import { ORGANISER } from '../../test/organiser-app';
import { freshDatabaseConfig } from '../../test/test-database';
import { AppClock } from './app-clock';
import type { PushMessage } from './push-outbox.entity';
import { PushOutbox } from './push-outbox.service';
import { PushSender, type PushTarget } from './push-sender';

// Two instances of the app on one database, as behind a load balancer; the push service (outside
// the product) is stood in for by a recorder: endpoints with "gone" in them answer 410.
describe('Web Push delivery across two instances', () => {
  let a: TestApp;
  let b: TestApp;
  const sent: { endpoint: string; message: PushMessage }[] = [];
  let delegate: Record<string, string>;
  let organiser: Record<string, string>;
  const ids: Record<string, string> = {};

  const both = <T>(run: (t: TestApp) => T): T[] => [a, b].map(run);
  const tick = (t: TestApp) => t.app.get(PushOutbox).tick();
  // PostgreSQL: the two instances' rounds at the same moment. Two SQLite connections in one process
  // cannot overlap (better-sqlite3 waits for a lock synchronously, so the holder never gets to let go):
  // there the rounds take turns, a, b, a, b (the e2e test runs two processes on one SQLite file).
  const tickBoth = async () => {
    if (a.app.get(DataSource).options.type === 'postgres') return Promise.all([a, b, a, b].map(tick));
    for (const t of [a, b, a, b]) await tick(t);
  };
  const setClock = (iso: string) => both((t) => t.app.get(AppClock).set(new Date(iso)));

  beforeAll(async () => {
    const config = await freshDatabaseConfig({
      ORGANISER_EMAIL: ORGANISER.email,
      ORGANISER_PASSWORD: ORGANISER.password,
      PUSH_POLL_SECONDS: '3600',
    });
    a = await createTestApp({ seed: false, config });
    b = await createTestApp({ seed: false, config });
    for (const t of [a, b]) {
      t.app.get(PushSender).send = (target: PushTarget, message: PushMessage) => {
        sent.push({ endpoint: target.endpoint, message });
        return Promise.resolve(target.endpoint.includes('gone') ? 'gone' : 'sent');
      };
    }
    const ds = a.app.get(DataSource);
    const conference = await createConference(ds, NCASC_2018);
    const hall = await createRoom(ds, conference, 'Hall 1');
    const keynote = await createSession(ds, conference, {
      title: 'Opening keynote',
      timePrecision: TimePrecision.EXACT,
      startsAt: new Date('2018-11-14T10:00:00Z'),
      endsAt: new Date('2018-11-14T11:00:00Z'),
      room: hall,
    });
    const workshop = await createSession(ds, conference, {
      title: 'Commissioning workshop',
      timePrecision: TimePrecision.EXACT,
      startsAt: new Date('2018-11-14T14:00:00Z'),
      endsAt: new Date('2018-11-14T15:00:00Z'),
    });
    const afternoon = await createSession(ds, conference, {
      title: 'Regional networking',
      timePrecision: TimePrecision.DAY_PART,
      day: '2018-11-15',
      dayPart: DayPart.AFTERNOON,
    });
    const unstarred = await createSession(ds, conference, {
      title: 'Not starred',
      timePrecision: TimePrecision.EXACT,
      startsAt: new Date('2018-11-14T12:00:00Z'),
    });
    Object.assign(ids, {
      keynote: keynote.id,
      workshop: workshop.id,
      afternoon: afternoon.id,
      unstarred: unstarred.id,
    });

    const signUp = await a.gql<{ signUp: { token: string } }>(
      'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }',
      { i: { email: 'delegate@council.example', password: 'long-enough-pw', name: 'Delegate' } },
    );
    delegate = { authorization: `Bearer ${signUp.data.signUp.token}` };
    const signIn = await a.gql<{ signIn: { token: string } }>(
      'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
      { i: ORGANISER },
    );
    organiser = { authorization: `Bearer ${signIn.data.signIn.token}` };
    for (const id of [keynote.id, workshop.id, afternoon.id])
      await a.gqlAs(delegate, 'mutation ($id: ID!) { starSession(sessionId: $id) { id } }', { id });
    const reg = await b.gqlAs(
      delegate,
      'mutation ($i: PushSubscriptionInput!) { registerPushSubscription(input: $i) { devices reminderMinutes } }',
      { i: { endpoint: 'https://push.example/phone', p256dh: 'BPhoneKey', auth: 'phoneAuth' } },
    );
    expect(reg.errors).toBeUndefined();
    expect(reg.data).toEqual({ registerPushSubscription: { devices: 1, reminderMinutes: 10 } });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('gives both instances the one VAPID public key kept in the database', async () => {
    const keys = await Promise.all(both((t) => t.gql<{ pushPublicKey: string }>('{ pushPublicKey }')));
    expect(keys[0].data.pushPublicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(keys[1].data.pushPublicKey).toBe(keys[0].data.pushPublicKey);
  });

  it('sends one change alert per published version, once, naming the starred sessions it moved or cancelled', async () => {
    const moved = await a.gqlAs(
      organiser,
      'mutation ($id: ID!, $i: UpdateSessionInput!) { updateSession(id: $id, input: $i) { id } }',
      { id: ids.keynote, i: { startsAt: '2018-11-14T11:00:00Z', endsAt: '2018-11-14T12:00:00Z' } },
    );
    expect(moved.errors).toBeUndefined();
    await a.gqlAs(organiser, 'mutation ($id: ID!) { cancelSession(id: $id) { id } }', { id: ids.workshop });
    await a.gqlAs(organiser, 'mutation ($id: ID!) { cancelSession(id: $id) { id } }', { id: ids.unstarred });
    const publish = await a.gqlAs(
      organiser,
      'mutation { publishProgramme(conferenceSlug: "ncasc-2018") { number } }',
    );
    expect(publish.errors).toBeUndefined();

    await tickBoth();
    await tickBoth();
    expect(sent).toHaveLength(1);
    const [{ endpoint, message }] = sent.splice(0);
    expect(endpoint).toBe('https://push.example/phone');
    expect(message.title).toMatch(/^2 sessions you starred changed \(/);
    expect(message.body).toMatch(/^Opening keynote — now Wednesday 14 November 2018, 11:00–12:00 GMT$/m);
    expect(message.body).toMatch(/^Commissioning workshop — cancelled$/m);
    expect(message.body).not.toContain('Not starred');
    expect(message.url).toBe('/conferences/ncasc-2018/schedule');
  });

  it('reminds of a starred session its delegate’s minutes before it, at that minute and once', async () => {
    // the keynote now begins at 11:00Z: the reminder is due at 10:50
    setClock('2018-11-14T10:49:30Z');
    await tickBoth();
    expect(sent).toHaveLength(0);
    setClock('2018-11-14T10:50:00Z');
    await tickBoth();
    setClock('2018-11-14T10:52:00Z');
    await tickBoth();
    expect(sent.map((s) => s.message.title)).toEqual(['Starts in 10 minutes: Opening keynote']);
    expect(sent[0].message.url).toBe(`/sessions/${ids.keynote}`);
    sent.splice(0);
  });

  it('reminds at the start of the afternoon of a starred afternoon session, and follows the delegate’s minutes', async () => {
    const set = await a.gqlAs(
      delegate,
      'mutation { setPushSettings(input: { reminderMinutes: 30 }) { reminderMinutes } }',
    );
    expect(set.data).toEqual({ setPushSettings: { reminderMinutes: 30 } });
    setClock('2018-11-15T11:59:00Z');
    await tickBoth();
    expect(sent).toHaveLength(0);
    setClock('2018-11-15T12:00:00Z');
    await tickBoth();
    expect(sent.map((s) => s.message.title)).toEqual(['This afternoon: Regional networking']);
    sent.splice(0);
  });

  it('drops a subscription the push service answers 410 for, and keeps the others', async () => {
    await a.gqlAs(
      delegate,
      'mutation ($i: PushSubscriptionInput!) { registerPushSubscription(input: $i) { devices } }',
      { i: { endpoint: 'https://push.example/gone-tablet', p256dh: 'BTabletKey', auth: 'tabletAuth' } },
    );
    await a.gqlAs(organiser, 'mutation ($id: ID!) { cancelSession(id: $id) { id } }', { id: ids.keynote });
    await a.gqlAs(organiser, 'mutation { publishProgramme(conferenceSlug: "ncasc-2018") { number } }');
    await tickBoth();
    expect(sent.map((s) => s.endpoint).sort()).toEqual([
      'https://push.example/gone-tablet',
      'https://push.example/phone',
    ]);
    sent.splice(0);
    const after = await b.gqlAs<{ myPushSettings: { devices: number } }>(
      delegate,
      '{ myPushSettings { devices } }',
    );
    expect(after.data.myPushSettings.devices).toBe(1);
  });

  it('keeps subscriptions private: another account can neither read nor remove them', async () => {
    const other = await a.gql<{ signUp: { token: string } }>(
      'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }',
      { i: { email: 'other@council.example', password: 'long-enough-pw', name: 'Other' } },
    );
    const as = { authorization: `Bearer ${other.data.signUp.token}` };
    const removed = await a.gqlAs(
      as,
      'mutation { removePushSubscription(endpoint: "https://push.example/phone") }',
    );
    expect(removed.data).toEqual({ removePushSubscription: false });
    expect((await a.gqlAs(as, '{ myPushSettings { devices } }')).data).toEqual({
      myPushSettings: { devices: 0 },
    });
    const mine = await a.gqlAs(delegate, '{ myPushSettings { devices } }');
    expect(mine.data).toEqual({ myPushSettings: { devices: 1 } });
    const signedOut = await a.gql('{ myPushSettings { devices } }');
    expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a subscription that is not an https endpoint, or reminder minutes out of range, naming the field', async () => {
    const bad = await a.gqlAs(
      delegate,
      'mutation ($i: PushSubscriptionInput!) { registerPushSubscription(input: $i) { devices } }',
      { i: { endpoint: 'http://push.example/plain', p256dh: 'BKey', auth: 'auth' } },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endpoint' });
    const minutes = await a.gqlAs(
      delegate,
      'mutation { setPushSettings(input: { reminderMinutes: 500 }) { reminderMinutes } }',
    );
    expect(minutes.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reminderMinutes',
    });
    const removed = await a.gqlAs(
      delegate,
      'mutation { removePushSubscription(endpoint: "https://push.example/phone") }',
    );
    expect(removed.data).toEqual({ removePushSubscription: true });
  });
});
