import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, seriousAxeViolations, sidewaysOverflow } from './support/browser';
import { startPushEndpoint, subscriptionKeys } from './support/push-endpoint';
import { callAs, type RunningApp, sessionIds, signIn, startApp } from './support/start-app';

const ORGANISER = { email: 'organiser@ncasc.example', password: 'organiser-pass-1' };
const DELEGATE = { email: 'sam.phone@council.example', password: 'long-enough-pw', name: 'Sam Phone' };
const PHONE = { width: 390, height: 844 };

/**
 * Chromium's own push service is out of reach here, so the page's PushManager is stood in for: its
 * subscribe() answers a subscription at the test's endpoint with keys the test holds.
 */
function standInPushManager(subscription: { endpoint: string; p256dh: string; auth: string }): void {
  let current: PushSubscription | null = null;
  const make = () =>
    ({
      endpoint: subscription.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: null },
      getKey: () => null,
      toJSON: () => ({
        endpoint: subscription.endpoint,
        keys: { p256dh: subscription.p256dh, auth: subscription.auth },
      }),
      unsubscribe: () => {
        current = null;
        return Promise.resolve(true);
      },
    }) as unknown as PushSubscription;
  PushManager.prototype.subscribe = function () {
    current = make();
    return Promise.resolve(current);
  };
  PushManager.prototype.getSubscription = () => Promise.resolve(current);
}

describe('Notifications on this device (Chromium, 390×844)', () => {
  let app: RunningApp;
  let browser: Browser;
  let push: Awaited<ReturnType<typeof startPushEndpoint>>;
  const keys = subscriptionKeys();

  beforeAll(async () => {
    push = await startPushEndpoint();
    [app, browser] = await Promise.all([
      startApp({
        ORGANISER_EMAIL: ORGANISER.email,
        ORGANISER_PASSWORD: ORGANISER.password,
        PUSH_POLL_SECONDS: '1',
        NODE_EXTRA_CA_CERTS: push.caFile,
      }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await push?.close();
  });

  async function delegateContext(): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: PHONE });
    const res = await context.request.post(`${app.url}/graphql`, {
      data: {
        query: 'mutation ($i: SignUpInput!) { signUp(input: $i) { token } }',
        variables: { i: DELEGATE },
      },
    });
    if (!res.ok()) throw new Error(await res.text());
    return context;
  }

  async function serviceWorkerReady(page: Page): Promise<void> {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  }

  it('lets a delegate turn notifications on; the change alert the server sends is shown by the service worker', async () => {
    const context = await delegateContext();
    await context.grantPermissions(['notifications'], { origin: app.url });
    const endpoint = `${push.origin}/browser-phone`;
    await context.addInitScript(standInPushManager, { endpoint, p256dh: keys.p256dh, auth: keys.auth });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('pageerror', (e) => failed.push(e.message));

    const [sessionId] = Object.values(await sessionIds(app.url, 'ncasc-2018', '2018-11-14'));
    const star = await context.request.post(`${app.url}/graphql`, {
      data: {
        query: 'mutation ($id: ID!) { starSession(sessionId: $id) { id title } }',
        variables: { id: sessionId },
      },
    });
    const title = ((await star.json()) as { data: { starSession: { title: string } } }).data.starSession
      .title;

    await page.goto(`${app.url}/conferences/ncasc-2018/schedule`);
    await serviceWorkerReady(page);
    await page.reload();
    const panel = page.getByRole('region', { name: 'Notifications on this device' });
    await panel.getByText('Notifications are off.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);

    await panel.getByRole('button', { name: 'Turn on notifications' }).click();
    await panel.getByRole('status').filter({ hasText: 'Notifications are on for this device.' }).waitFor();
    await panel.getByRole('button', { name: 'Turn off notifications' }).waitFor();
    const rows = await app.sql<{ endpoint: string }>('SELECT endpoint FROM push_subscriptions');
    expect(rows.map((r) => r.endpoint)).toEqual([endpoint]);

    await panel
      .getByLabel('Remind me before a session with a clock time')
      .selectOption({ label: '30 minutes before' });
    await panel
      .getByRole('status')
      .filter({ hasText: 'Reminders now come 30 minutes before a session starts.' })
      .waitFor();

    // an organiser cancels the starred session and publishes: the server sends one alert to the endpoint
    const organiser = await signIn(app.url, ORGANISER.email, ORGANISER.password);
    await callAs(app.url, organiser, 'mutation ($id: ID!) { cancelSession(id: $id) { id } }', {
      id: sessionId,
    });
    const published = await callAs(
      app.url,
      organiser,
      'mutation { publishProgramme(conferenceSlug: "ncasc-2018", acceptWarnings: true) { number } }',
    );
    expect(published.errors).toBeUndefined();
    const deadline = Date.now() + 15000;
    while (!push.received.some((d) => d.path === '/browser-phone') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    const delivery = push.received.find((d) => d.path === '/browser-phone');
    expect(delivery).toBeDefined();
    const text = keys.decrypt(delivery!.body);
    expect(text).toContain(title);

    // what the push service would hand the browser, handed to its service worker through DevTools
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on(
        'ServiceWorker.workerRegistrationUpdated',
        (e: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
          const r = e.registrations.find((x) => !x.isDeleted && x.scopeURL.startsWith(app.url));
          if (r) resolve(r.registrationId);
        },
      ),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: app.url,
      registrationId: await registrationId,
      data: text,
    });
    const shownNotifications = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          url: (n.data as { url: string }).url,
        }));
      });
    let notifications = await shownNotifications();
    for (let i = 0; i < 50 && !notifications.length; i++) {
      await new Promise((r) => setTimeout(r, 200));
      notifications = await shownNotifications();
    }
    expect(notifications).toEqual([
      {
        title: expect.stringMatching(/^A session you starred changed/),
        body: `${title} — cancelled`,
        url: '/conferences/ncasc-2018/schedule',
      },
    ]);

    await panel.getByRole('button', { name: 'Turn off notifications' }).click();
    await panel.getByRole('status').filter({ hasText: 'Notifications are off for this device.' }).waitFor();
    expect(await app.sql('SELECT endpoint FROM push_subscriptions')).toEqual([]);

    // on again, then signing out: the device stops receiving the account's notifications
    await panel.getByRole('button', { name: 'Turn on notifications' }).click();
    await panel.getByRole('button', { name: 'Turn off notifications' }).waitFor();
    expect(await app.sql('SELECT endpoint FROM push_subscriptions')).toHaveLength(1);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(await app.sql('SELECT endpoint FROM push_subscriptions')).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });

  it('says so plainly when notifications are blocked for the site', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.request.post(`${app.url}/graphql`, {
      data: {
        query: 'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
        variables: { i: { email: DELEGATE.email, password: DELEGATE.password } },
      },
    });
    // as after "Block" in the browser's prompt or settings
    await context.addInitScript(() => {
      Object.defineProperty(Notification, 'permission', { get: () => 'denied' });
    });
    const page = await context.newPage();
    await page.goto(`${app.url}/conferences/ncasc-2018/schedule`);
    const panel = page.getByRole('region', { name: 'Notifications on this device' });
    await panel.getByText('Notifications are blocked for this site in your browser’s settings').waitFor();
    expect(await panel.getByRole('button').count()).toBe(0);
    await context.close();
  });

  it('says so plainly when the browser has no Web Push', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await context.request.post(`${app.url}/graphql`, {
      data: {
        query: 'mutation ($i: SignInInput!) { signIn(input: $i) { token } }',
        variables: { i: { email: DELEGATE.email, password: DELEGATE.password } },
      },
    });
    await context.addInitScript(() => {
      delete (window as { PushManager?: unknown }).PushManager;
    });
    const page = await context.newPage();
    await page.goto(`${app.url}/conferences/ncasc-2018/schedule`);
    const panel = page.getByRole('region', { name: 'Notifications on this device' });
    await panel.getByText('This browser cannot receive notifications from this site').waitFor();
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
