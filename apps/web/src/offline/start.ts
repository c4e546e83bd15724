import { invalidate } from '../api';
import { startOutbox } from '../notes/notes-store';
import { network, shownData } from './network';
import { startProgrammeWatch } from './programme';
import { registerServiceWorker } from './service-worker';

/**
 * Offline first (call once, at start): the service worker for the app shell, the notes outbox, the
 * programme watch, and the way back online: what the pages show from this device's copy is fetched
 * again as soon as the server answers.
 */
export function startOffline(): void {
  registerServiceWorker();
  startOutbox();
  startProgrammeWatch();
  // the browser knows first: the banner shows at once
  window.addEventListener('offline', () => network.failed());
  window.addEventListener('online', () => invalidate());
  // the server answered again (some other request): pages still showing this device's copy ask
  // again, once the answers already on their way have landed
  network.onReconnect(() =>
    setTimeout(() => {
      if (shownData.fromDevice) invalidate();
    }, 1000),
  );
}
