// Web Push in the service worker (imported by the generated sw.js, see vite.config.ts): shows what the
// server sends ({ title, body, url, tag }, docs/web-client.md) and opens its page when it is tapped.
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : '' };
  }
  const title = message.title || 'Conference programmes';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: message.body || '',
      tag: message.tag,
      icon: '/icon.svg',
      data: { url: message.url || '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.url) || '/', self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === url.origin);
      if (!open) return self.clients.openWindow(url.href);
      // navigate() works only in a window this worker controls; otherwise a new window opens
      return open
        .navigate(url.href)
        .then((w) => (w || open).focus())
        .catch(() => self.clients.openWindow(url.href));
    }),
  );
});
