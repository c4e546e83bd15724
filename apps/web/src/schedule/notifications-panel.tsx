import {
  MyPushSettingsDocument,
  PushPublicKeyDocument,
  RegisterPushSubscriptionDocument,
  RemovePushSubscriptionDocument,
  SetPushSettingsDocument,
} from '@ncasc/shared/generated';
import { useEffect, useState } from 'preact/hooks';
import { asApiError, mutate, request, useQuery } from '../api';
import { thisDeviceSubscription } from './push-device';

/** Choices of how long before a session with a clock time its reminder comes. */
const MINUTES = [0, 5, 10, 15, 30, 60];

type Support =
  | { kind: 'checking' }
  /** No Push API here (an older browser, or iOS Safari outside a home-screen app). */
  | { kind: 'unsupported' }
  /** The person (or their browser's settings) blocked notifications for this site. */
  | { kind: 'denied' }
  | { kind: 'ready'; registration: ServiceWorkerRegistration; subscription: PushSubscription | null };

async function currentSupport(): Promise<Support> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window))
    return { kind: 'unsupported' };
  if (Notification.permission === 'denied') return { kind: 'denied' };
  // the offline service worker (production builds) receives the pushes; without one there is nothing to show them
  if (!(await navigator.serviceWorker.getRegistration('/'))) return { kind: 'unsupported' };
  const ready = await navigator.serviceWorker.ready;
  return { kind: 'ready', registration: ready, subscription: await thisDeviceSubscription() };
}

/**
 * On My schedule: turns reminders and change alerts on or off for this device, and sets how many
 * minutes before a session its reminder comes. Says plainly when the browser cannot, or may not.
 */
export function NotificationsPanel() {
  const [support, setSupport] = useState<Support>({ kind: 'checking' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const settings = useQuery(MyPushSettingsDocument, {});
  const minutes = settings.status === 'ready' ? settings.data.myPushSettings.reminderMinutes : 10;

  useEffect(() => {
    void currentSupport().then(setSupport, () => setSupport({ kind: 'unsupported' }));
  }, []);

  const turnOn = async (registration: ServiceWorkerRegistration) => {
    setBusy(true);
    setMessage(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        setSupport(permission === 'denied' ? { kind: 'denied' } : support);
        setMessage({ text: 'Notifications were not allowed, so they stay off.', error: true });
        return;
      }
      const { pushPublicKey } = await request(PushPublicKeyDocument, {});
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        // the Push API takes the key as base64url text as well as bytes
        applicationServerKey: pushPublicKey,
      });
      const json = subscription.toJSON();
      await mutate(RegisterPushSubscriptionDocument, {
        input: {
          endpoint: subscription.endpoint,
          p256dh: json.keys?.p256dh ?? '',
          auth: json.keys?.auth ?? '',
        },
      });
      setSupport({ kind: 'ready', registration, subscription });
      setMessage({ text: 'Notifications are on for this device.', error: false });
    } catch (e) {
      setMessage({ text: `Could not turn notifications on: ${asApiError(e).message}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async (registration: ServiceWorkerRegistration, subscription: PushSubscription) => {
    setBusy(true);
    setMessage(null);
    try {
      await mutate(RemovePushSubscriptionDocument, { endpoint: subscription.endpoint });
      await subscription.unsubscribe();
      setSupport({ kind: 'ready', registration, subscription: null });
      setMessage({ text: 'Notifications are off for this device.', error: false });
    } catch (e) {
      setMessage({ text: `Could not turn notifications off: ${asApiError(e).message}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const setMinutes = async (value: number) => {
    setMessage(null);
    try {
      await mutate(SetPushSettingsDocument, { input: { reminderMinutes: value } });
      setMessage({
        text: `Reminders now come ${value ? `${value} minutes before` : 'as'} a session starts.`,
        error: false,
      });
    } catch (e) {
      setMessage({ text: `Could not change the reminder time: ${asApiError(e).message}`, error: true });
    }
  };

  return (
    <section class="notifications-panel" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications on this device</h2>
      <p class="muted">
        A reminder before each starred session, and an alert when the organisers move, retime or cancel one.
      </p>
      {support.kind === 'checking' ? <p class="muted">Checking what this browser can do…</p> : null}
      {support.kind === 'unsupported' ? (
        <p class="status">
          This browser cannot receive notifications from this site (it has no Web Push here). On an iPhone or
          iPad, add this site to the home screen and open it from there.
        </p>
      ) : null}
      {support.kind === 'denied' ? (
        <p class="status">
          Notifications are blocked for this site in your browser’s settings. Allow them there, then reload
          this page to turn them on.
        </p>
      ) : null}
      {support.kind === 'ready' ? (
        <>
          <p>
            {support.subscription ? 'Notifications are on.' : 'Notifications are off.'}{' '}
            {support.subscription ? (
              <button
                type="button"
                class="button secondary"
                disabled={busy}
                onClick={() =>
                  support.subscription && void turnOff(support.registration, support.subscription)
                }
              >
                Turn off notifications
              </button>
            ) : (
              <button
                type="button"
                class="button"
                disabled={busy}
                onClick={() => void turnOn(support.registration)}
              >
                Turn on notifications
              </button>
            )}
          </p>
          <p>
            <label for="reminder-minutes">Remind me before a session with a clock time: </label>
            <select
              id="reminder-minutes"
              value={String(minutes)}
              disabled={settings.status !== 'ready'}
              onChange={(e) => void setMinutes(Number((e.target as HTMLSelectElement).value))}
            >
              {(MINUTES.includes(minutes) ? MINUTES : [...MINUTES, minutes].sort((x, y) => x - y)).map(
                (m) => (
                  <option key={m} value={String(m)}>
                    {m === 0 ? 'as it starts' : `${m} minutes before`}
                  </option>
                ),
              )}
            </select>
          </p>
          <p class="muted">
            Sessions given only as a morning or an afternoon are reminded of as that part of the day begins.
          </p>
        </>
      ) : null}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'field-error' : 'muted'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
