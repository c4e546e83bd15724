/** The GraphQL the scenarios send: what the web client asks for an agenda, a day and a schedule. */
const SESSION_FIELDS = `id title type status day startsAt endsAt room { name } tracks { slug name }
  participants { role speaker { id name } }`;

export const AGENDA = `query Agenda($slug: String!) { conference(slug: $slug) { slug name sessions { ${SESSION_FIELDS} } } }`;

export const DAY = `query Day($slug: String!, $day: LocalDate) {
  conference(slug: $slug) { slug name sessions(day: $day) { ${SESSION_FIELDS} } } }`;

export const MY_SCHEDULE = `query MySchedule($slug: String!) { mySchedule(conferenceSlug: $slug) { sessions { ${SESSION_FIELDS} } } }`;

export const SEARCH = `query Search($q: String!) { search(query: $q, first: 20) { kind id title snippet url } }`;

/** Search within one conference's sessions (the growth runs). */
export const SEARCH_IN = `query Search($q: String!, $slug: String) {
  search(query: $q, conferenceSlug: $slug, kinds: [SESSION], first: 20) { kind id title snippet url } }`;

export const SAVE_NOTE = `mutation SaveNote($input: SaveNoteInput!) { saveNote(input: $input) { id updatedAt } }`;

/** Words the synthetic programme uses, searched for in turn. */
export const SEARCH_WORDS = [
  'safeguarding',
  'mental health',
  'workforce funding',
  'care leavers',
  'inspection',
];
