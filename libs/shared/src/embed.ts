/**
 * The embeddable schedule's data (GET /embed/v1/conferences/:slug.json): made by the API
 * (apps/api/src/embed), read by the custom element (apps/web/src/embed). Version 1 of a public format:
 * add fields beside, never change one.
 */

/** One session as the embeddable schedule shows it: words made by the API, so the element needs no time logic. */
export interface EmbedSession {
  id: string;
  title: string;
  /** Its page on this site. */
  url: string;
  /** "09:30–10:15 GMT" when the programme gives a clock time, else null (its group says the day part). */
  time: string | null;
  room: string | null;
  type: string | null;
  themes: { slug: string; name: string }[];
  speakers: string[];
  cancelled: boolean;
}

/** The public programme of one conference for the embeddable schedule (GET /embed/v1/conferences/:slug.json). */
export interface EmbedProgramme {
  /** The public data version this was made at: a client that sees a new one shows the new programme. */
  version: number;
  conference: {
    slug: string;
    name: string;
    dates: string;
    place: string | null;
    hashtag: string | null;
    timeZone: string;
    url: string;
  };
  rooms: string[];
  days: {
    /** YYYY-MM-DD, or null for sessions whose day no source gives. */
    day: string | null;
    /** "Wednesday 14 November 2018" */
    label: string;
    /** "Wed 14 Nov" */
    shortLabel: string;
    /** The agenda's parts of the day: "Morning", "Afternoon", "Evening", "Time of day not given". */
    groups: { label: string; sessions: EmbedSession[] }[];
  }[];
}
