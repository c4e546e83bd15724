/** How big the synthetic data is. */
export interface Scale {
  name: string;
  /** Sessions of each synthetic conference; the first is "the large conference", the rest show growth. */
  conferences: { slug: string; sessions: number }[];
  rooms: number;
  days: number;
  speakers: number;
  delegates: number;
  starsEach: number;
  notesEach: number;
  /** Delegates signed in during the run (a token each). */
  signedIn: number;
  /** Sessions of the sheet the import scenario imports. */
  importSessions: number;
}

export const FULL: Scale = {
  name: 'full',
  conferences: [
    { slug: 'ncasc-2030', sessions: 2000 },
    { slug: 'ncasc-2031', sessions: 200 },
    { slug: 'ncasc-2032', sessions: 20000 },
  ],
  rooms: 40,
  days: 3,
  speakers: 1500,
  delegates: 50000,
  starsEach: 20,
  notesEach: 5,
  signedIn: 2000,
  importSessions: 2000,
};

/** For CI's smoke run: every scenario, a few seconds in all. */
export const SMOKE: Scale = {
  name: 'smoke',
  conferences: [
    { slug: 'ncasc-2030', sessions: 200 },
    { slug: 'ncasc-2031', sessions: 50 },
  ],
  rooms: 10,
  days: 3,
  speakers: 150,
  delegates: 500,
  starsEach: 20,
  notesEach: 5,
  signedIn: 50,
  importSessions: 100,
};
