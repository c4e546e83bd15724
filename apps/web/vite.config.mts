import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Paths the API answers itself (apps/api/src/web/web-client.ts lists the same): a navigation to one of
 * them (a calendar, an export, a download) must reach the server, never get the app shell.
 */
const SERVER_PATHS = /^\/(graphql|healthz|calendar|schedule|exports|print|embed|assets)(\/|$)/;
/** A path ending in a file name (".ics", ".md", ".xml", "sw.js"…) is a file, not a page of the app. */
const FILE_PATH = /^[^?#]*\/[^/?#]+\.[a-z0-9]+([?#]|$)/i;

// Preact through Vite's own JSX transform (no Babel plugin): the automatic runtime from preact.
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: [
      {
        find: '@ncasc/shared/generated',
        replacement: resolve(import.meta.dirname, '../../libs/shared/src/generated/graphql.ts'),
      },
      { find: '@ncasc/shared', replacement: resolve(import.meta.dirname, '../../libs/shared/src/index.ts') },
      { find: 'react/jsx-runtime', replacement: 'preact/jsx-runtime' },
      { find: 'react', replacement: 'preact/compat' },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2020' },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
  plugins: [
    VitePWA({
      strategies: 'generateSW',
      // 'prompt', not 'autoUpdate': a new version waits until the reader says "Reload" (or every tab
      // is closed). autoUpdate would take over open pages at once and reload them, under a delegate
      // typing a note, and mix an old page with a new service worker whose precache no longer holds
      // that page's lazily loaded chunks.
      registerType: 'prompt',
      // registered from main.tsx through workbox-window (src/offline/service-worker.ts): the CSP
      // allows no inline script, and the registration waits until the page has loaded
      injectRegister: false,
      manifest: {
        name: 'Conference programmes — NCASC and ADCS',
        short_name: 'Programmes',
        description:
          'Programmes of the National Children and Adult Services Conference and the ADCS Annual Conference',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e6f',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // the app shell: every script and style of the build and index.html (the manifest and its
        // icon are added by the plugin)
        globPatterns: ['**/*.{js,css,html}'],
        // Web Push: the push and notificationclick handlers (public/push-sw.js, not precached itself)
        importScripts: ['/push-sw.js'],
        globIgnores: ['push-sw.js'],
        // every page of the app is index.html, offline too (the pages then read IndexedDB, see api.ts)
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [SERVER_PATHS, FILE_PATH],
        cleanupOutdatedCaches: true,
        // the page is controlled from its first visit (only matters for the very first install:
        // updates wait for skipWaiting, sent when the reader accepts the new version)
        clientsClaim: true,
        skipWaiting: false,
        sourcemap: false,
      },
    }),
  ],
});
