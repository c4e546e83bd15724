import { appUpdate } from './app-update';

/** A waiting new version is looked for this often while a page is open. */
const UPDATE_CHECK_MS = 60 * 60_000;

/**
 * Registers the service worker (built by vite-plugin-pwa: the app shell precached, index.html for every
 * page offline) from this same-origin script, once the page has loaded, so it never competes with the
 * page's own first requests; workbox-window comes in a chunk of its own. Production builds only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('workbox-window')
      .then(({ Workbox }) => {
        const wb = new Workbox('/sw.js', { scope: '/' });
        // a new version is installed: offered, never forced on a page in use (registerType 'prompt')
        wb.addEventListener('waiting', () =>
          appUpdate.offer(() => {
            wb.addEventListener('controlling', () => window.location.reload());
            wb.messageSkipWaiting();
          }),
        );
        void wb.register();
        setInterval(() => void wb.update(), UPDATE_CHECK_MS);
      })
      .catch(() => undefined); // no service worker: the app works online as before
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
