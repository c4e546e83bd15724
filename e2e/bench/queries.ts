import {
  AgendaDocument,
  CreateConferenceDocument,
  DiscardDraftDocument,
  ImportProgrammeDocument,
  MyNotesDocument,
  MyScheduleDocument,
  SearchDocument,
  StarSessionDocument,
  UnstarSessionDocument,
} from '@ncasc/shared/dist/generated/graphql';

/** The GraphQL an API client sends (the scenarios without "(browser)"): an agenda, a day, a schedule, search. */
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

/** A delegate's notes, as an API client might ask for them. */
export const NOTES = `query Notes { myNotes { id body updatedAt session { id title } } }`;

/**
 * The web client's own operations, exactly as it sends them: the documents graphql-codegen makes from
 * apps/web/src/graphql/*.graphql (libs/shared, checked against those files by its lint), read when the
 * bench is built, so a change to what the web client asks is measured without editing the bench.
 */
export const WEB = {
  agenda: AgendaDocument.toString(),
  mySchedule: MyScheduleDocument.toString(),
  search: SearchDocument.toString(),
  notes: MyNotesDocument.toString(),
  starSession: StarSessionDocument.toString(),
  unstarSession: UnstarSessionDocument.toString(),
  createConference: CreateConferenceDocument.toString(),
  discardDraft: DiscardDraftDocument.toString(),
  importProgramme: ImportProgrammeDocument.toString(),
};

/** What the web client's search page asks for at most (apps/web/src/search/search-page.tsx). */
export const WEB_SEARCH_FIRST = 50;
