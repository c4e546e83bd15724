import { RemovePushSubscriptionDocument } from '@ncasc/shared/generated';
import { request } from '../api';

/** This device's push subscription for the site, if it has one (none without Push or a service worker). */
export async function thisDeviceSubscription(): Promise<PushSubscription | null> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window)) return null;
  const registration = await navigator.serviceWorker.getRegistration('/');
  return registration ? registration.pushManager.getSubscription() : null;
}

/**
 * On signing out: this device stops receiving the account's notifications. The server forgets it
 * (when it can be reached) and the browser unsubscribes either way, so an unreachable server drops it
 * at the push service's next 410.
 */
export async function forgetThisDevice(): Promise<void> {
  const subscription = await thisDeviceSubscription().catch(() => null);
  if (!subscription) return;
  try {
    await request(RemovePushSubscriptionDocument, { endpoint: subscription.endpoint });
  } catch {
    // offline: see above
  } finally {
    await subscription.unsubscribe().catch(() => false);
  }
}
