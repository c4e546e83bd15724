import { defineConfig } from 'vite';

// The embeddable schedule (<conference-schedule>) as one classic script, after the web client's own
// build: dist/embed/schedule.js, served by the API as /embed/v1/schedule.js. Its types come from
// @ncasc/shared (types only, so nothing of the library is bundled).
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2020',
    lib: {
      entry: 'src/embed/conference-schedule.ts',
      formats: ['iife'],
      name: 'ConferenceScheduleElement',
      fileName: () => 'schedule.js',
    },
  },
});
