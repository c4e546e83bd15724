/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { ConferenceSeries } from '../enums';
import type { SessionType } from '../enums';
import type { TimePrecision } from '../enums';
import type { DayPart } from '../enums';
import type { SessionStatus } from '../enums';
import type { SpeakerRole } from '../enums';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a published change did to a session (or, CONFERENCE_UPDATED, to the conference’s details) */
export type ChangeKind =
  /** A new session */
  | 'ADDED'
  /** Cancelled (it stays in the programme) */
  | 'CANCELLED'
  /** One of the conference’s own details (name, dates, zone, city, venue, hashtag, organisers) */
  | 'CONFERENCE_UPDATED'
  /** On another day or in another room */
  | 'MOVED'
  /** Taken out of the programme */
  | 'REMOVED'
  /** No longer cancelled */
  | 'RESTORED'
  /** At another time on the same day */
  | 'RETIMED'
  /** Its speakers or their parts changed */
  | 'SPEAKERS_CHANGED'
  /** Its title, summary, type or themes changed */
  | 'UPDATED';

/** A conference’s details; a field left out stays as it is */
export type ConferenceDetailsInput = {
  /** The city it is held in; null clears it */
  city?: string | null | undefined;
  /** The last day, not before startsOn */
  endsOn?: string | null | undefined;
  /** e.g. #NCASC27 */
  hashtag?: string | null | undefined;
  /** Its name, 1–200 characters; null is refused */
  name?: string | null | undefined;
  /** The bodies that run it, by name; a new name creates the organisation; null is refused */
  organisers?: Array<string> | null | undefined;
  /** The first day (YYYY-MM-DD) */
  startsOn?: string | null | undefined;
  /** IANA time zone, e.g. Europe/London; null is refused */
  timezone?: string | null | undefined;
  /** The venue; null clears it */
  venue?: string | null | undefined;
};

export { ConferenceSeries };

/** A new edition: series and year are required, the details may follow later */
export type CreateConferenceInput = {
  /** The city it is held in; null clears it */
  city?: string | null | undefined;
  /** A conference whose rooms and themes the new edition starts with */
  copyFrom?: string | null | undefined;
  /** The last day, not before startsOn */
  endsOn?: string | null | undefined;
  /** e.g. #NCASC27 */
  hashtag?: string | null | undefined;
  /** Defaults to the series’ name and the year */
  name?: string | null | undefined;
  /** The bodies that run it, by name; a new name creates the organisation; null is refused */
  organisers?: Array<string> | null | undefined;
  /** Which series it belongs to */
  series: ConferenceSeries;
  /** The first day (YYYY-MM-DD) */
  startsOn?: string | null | undefined;
  /** IANA time zone, e.g. Europe/London; null is refused */
  timezone?: string | null | undefined;
  /** The venue; null clears it */
  venue?: string | null | undefined;
  /** With the series, gives the slug: NCASC and 2027 → ncasc-2027 */
  year: number;
};

/** The first organiser account, with the token of the one-time set-up link */
export type CreateFirstOrganiserInput = {
  /** Your email address; an account already using it is refused */
  email: string;
  /** Your name, 1–120 characters (trimmed) */
  name: string;
  /** At least 10 characters, at most 200 */
  password: string;
  /** The token of the set-up link the server printed on its start */
  token: string;
};

/** A new room: conference and name are required */
export type CreateRoomInput = {
  /** How many it seats (a positive number); null clears it */
  capacity?: number | null | undefined;
  /** The conference it belongs to */
  conferenceSlug: string;
  /** Its name, 1–120 characters */
  name: string;
};

/** A new draft write-up: conference, title and body are required */
export type CreateRoundupInput = {
  /** Who wrote it */
  author?: string | null | undefined;
  /** Markdown */
  body: string;
  /** The conference it writes up */
  conferenceSlug: string;
  /** Where it appeared, e.g. "ADCS blog" */
  publication?: string | null | undefined;
  /** When it was published (YYYY-MM-DD) */
  publishedOn?: string | null | undefined;
  /** Its title, 1–300 characters */
  title: string;
};

/** A new draft session: conference, title and timePrecision are required */
export type CreateSessionInput = {
  /** The conference whose draft it joins */
  conferenceSlug: string;
  /** Its local day (YYYY-MM-DD), for every precision but UNKNOWN */
  day?: string | null | undefined;
  /** Its part of the day, for DAY_PART */
  dayPart?: DayPart | null | undefined;
  /** Its end (ISO 8601 instant), for EXACT; may be left out */
  endsAt?: string | null | undefined;
  /** Room name; a new name creates the room */
  room?: string | null | undefined;
  /** Its participants in billing order (the list replaces the old one); null is refused */
  speakers?: Array<SessionSpeakerInput> | null | undefined;
  /** Its start (ISO 8601 instant), for EXACT */
  startsAt?: string | null | undefined;
  /** SCHEDULED restores a cancelled session; null is refused */
  status?: SessionStatus | null | undefined;
  /** Its summary, up to 5,000 characters; null clears it */
  summary?: string | null | undefined;
  /** How much of its time is given */
  timePrecision: TimePrecision;
  /** Its title, up to 300 characters */
  title: string;
  /** Theme names or slugs (all of them: the list replaces the old one); null is refused */
  tracks?: Array<string> | null | undefined;
  /** Null when the sources do not state it */
  type?: SessionType | null | undefined;
};

export { DayPart };

/** CSV or XLSX (base64) sheet, frab/pentabarf schedule XML, or c3voc schedule JSON */
export type ImportFormat =
  /** A CSV sheet (columns in the organisers’ guide) */
  | 'CSV'
  /** A frab/pentabarf schedule.xml */
  | 'FRAB_XML'
  /** A c3voc schedule.json */
  | 'SCHEDULE_JSON'
  /** An Excel workbook, base64-encoded; its first sheet as for CSV */
  | 'XLSX';

/** A programme file to import into a draft: conference, format and content are required */
export type ImportProgrammeInput = {
  /** The conference whose draft the file goes into */
  conferenceSlug: string;
  /** The file: text for CSV, XML and JSON; base64 for XLSX. At most 20 MB. */
  content: string;
  /** Only report what would change */
  dryRun?: boolean | null | undefined;
  /** The file’s format */
  format: ImportFormat;
};

/** A post to import as a draft write-up: both fields are required */
export type ImportRoundupInput = {
  /** The conference it writes up */
  conferenceSlug: string;
  /** The post as plain text: title on the first line, then paragraphs */
  text: string;
};

/** One mention of a session or speaker in a write-up: all three fields are required */
export type MentionInput = {
  /** Whether targetId is a session or a speaker */
  kind: MentionKind;
  /** The write-up */
  roundupId: string;
  /** The speaker or session */
  targetId: string;
};

/** What a mention links to */
export type MentionKind =
  /** A session */
  | 'SESSION'
  /** A speaker */
  | 'SPEAKER';

/** Suggested by matching the text; confirmed or removed by staff (publishing confirms the rest) */
export type MentionStatus =
  /** Checked by staff, or confirmed by publishing */
  | 'CONFIRMED'
  /** Taken off by staff */
  | 'REMOVED'
  /** Found by matching the text, not yet checked */
  | 'SUGGESTED';

/** Your notification settings */
export type PushSettingsInput = {
  /** How many minutes before a starred session with a clock time its reminder comes (0–120) */
  reminderMinutes: number;
};

/** A browser’s push subscription (PushSubscription.toJSON()): where to send, and its keys */
export type PushSubscriptionInput = {
  /** The device’s authentication secret, base64url (`keys.auth`) */
  auth: string;
  /** The push service’s https URL for this device (`endpoint`) */
  endpoint: string;
  /** The device’s P-256 public key, base64url (`keys.p256dh`) */
  p256dh: string;
};

/** A rating of a session that has begun, by the signed-in delegate */
export type RateSessionInput = {
  /** What the organisers should know (up to 2,000 characters); null or empty for none */
  comment?: string | null | undefined;
  /** From 1 (poor) to 5 (excellent) */
  rating: number;
  /** The session rated */
  sessionId: string;
};

/** DELEGATE (anyone who signs up), STAFF (writes round-ups), ORGANISER */
export type Role =
  /** Anyone who signs up: stars, notes, feedback */
  | 'DELEGATE'
  /** Also edits and publishes programmes, and sets roles */
  | 'ORGANISER'
  /** Also writes and publishes write-ups */
  | 'STAFF';

/** Drafts are seen only by staff */
export type RoundupStatus =
  /** Being written; seen by staff and organisers only */
  | 'DRAFT'
  /** Public */
  | 'PUBLISHED';

/** Your note on a session: the session and the text are required */
export type SaveNoteInput = {
  /** The `updatedAt` of the version of the note this change was made to, or null when it was made where there was no note. When given and the note is no longer that version (changed, made or deleted elsewhere), nothing is changed and the answer is a CONFLICT error carrying the note as it now is (`extensions.currentBody` and `extensions.currentUpdatedAt`, both absent when there is none). Left out, the change is made whatever the note is (last write wins). */
  baseUpdatedAt?: string | null | undefined;
  /** Markdown, up to 50,000 characters */
  body: string;
  /** The session the note is on */
  sessionId: string;
};

/** What a search hit is */
export type SearchKind =
  /** One of your own notes (signed in only) */
  | 'NOTE'
  /** A published write-up (drafts too, for staff and organisers) */
  | 'ROUNDUP'
  /** A session of a published programme */
  | 'SESSION'
  /** A speaker named in a published programme */
  | 'SPEAKER';

/** One participant: give speakerId or name (one of the two is required) */
export type SessionSpeakerInput = {
  /** Or a name: a new name creates the speaker */
  name?: string | null | undefined;
  /** Their part; left out, as before (SPEAKER for a new participant) */
  role?: SpeakerRole | null | undefined;
  /** An existing speaker */
  speakerId?: string | null | undefined;
};

export { SessionStatus };

export { SessionType };

/** Email and password of an existing account */
export type SignInInput = {
  /** The account’s email address */
  email: string;
  /** Its password */
  password: string;
};

/** A new delegate account: all three fields are required */
export type SignUpInput = {
  /** Your email address; an account already using it is refused */
  email: string;
  /** Your name, 1–120 characters (trimmed) */
  name: string;
  /** At least 10 characters, at most 200 */
  password: string;
};

export { SpeakerRole };

export { TimePrecision };

/** Changes to a room; a field left out stays as it is */
export type UpdateRoomInput = {
  /** How many it seats (a positive number); null clears it */
  capacity?: number | null | undefined;
  /** Its new name, 1–120 characters; null is refused */
  name?: string | null | undefined;
};

/** Fields left out are unchanged; author, publishedOn and publication set to null are cleared */
export type UpdateRoundupInput = {
  /** Who wrote it */
  author?: string | null | undefined;
  /** Markdown; left out or null: unchanged */
  body?: string | null | undefined;
  /** Where it appeared, e.g. "ADCS blog" */
  publication?: string | null | undefined;
  /** When it was published (YYYY-MM-DD) */
  publishedOn?: string | null | undefined;
  /** Left out or null: unchanged */
  title?: string | null | undefined;
};

/** Changes to a draft session; a field left out stays as it is */
export type UpdateSessionInput = {
  /** Its local day (YYYY-MM-DD), for every precision but UNKNOWN */
  day?: string | null | undefined;
  /** Its part of the day, for DAY_PART */
  dayPart?: DayPart | null | undefined;
  /** Its end (ISO 8601 instant), for EXACT; may be left out */
  endsAt?: string | null | undefined;
  /** Room name; a new name creates the room */
  room?: string | null | undefined;
  /** Its participants in billing order (the list replaces the old one); null is refused */
  speakers?: Array<SessionSpeakerInput> | null | undefined;
  /** Its start (ISO 8601 instant), for EXACT */
  startsAt?: string | null | undefined;
  /** SCHEDULED restores a cancelled session; null is refused */
  status?: SessionStatus | null | undefined;
  /** Its summary, up to 5,000 characters; null clears it */
  summary?: string | null | undefined;
  /** How much of its time is given (which of day, dayPart, startsAt are used); null is refused */
  timePrecision?: TimePrecision | null | undefined;
  /** Its title, up to 300 characters; null is refused */
  title?: string | null | undefined;
  /** Theme names or slugs (all of them: the list replaces the old one); null is refused */
  tracks?: Array<string> | null | undefined;
  /** Null when the sources do not state it */
  type?: SessionType | null | undefined;
};

export type MeFragment = { id: string, name: string, email: string, role: Role, calendarFeedUrl: string | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, role: Role, calendarFeedUrl: string | null } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { expiresAt: string, user: { id: string, name: string, email: string, role: Role, calendarFeedUrl: string | null } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { expiresAt: string, user: { id: string, name: string, email: string, role: Role, calendarFeedUrl: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type RotateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateCalendarFeedMutation = { rotateCalendarFeed: { id: string, name: string, email: string, role: Role, calendarFeedUrl: string | null } };

export type StarSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type StarSessionMutation = { starSession: { id: string, starred: boolean } };

export type UnstarSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type UnstarSessionMutation = { unstarSession: { id: string, starred: boolean } };

export type MyScheduleQueryVariables = Exact<{
  conferenceSlug: string;
}>;


export type MyScheduleQuery = { mySchedule: { conference: { slug: string, name: string, timezone: string }, sessions: Array<{ id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> }>, clashes: Array<{ day: string, sessions: Array<{ id: string, title: string }> }>, days: Array<{ day: string | null, count: number }> } | null };

export type SaveNoteMutationVariables = Exact<{
  input: SaveNoteInput;
}>;


export type SaveNoteMutation = { saveNote: { id: string, body: string, updatedAt: string } };

export type DeleteNoteMutationVariables = Exact<{
  sessionId: string;
}>;


export type DeleteNoteMutation = { deleteNote: boolean };

export type MyNotesQueryVariables = Exact<{
  conferenceSlug?: string | null | undefined;
}>;


export type MyNotesQuery = { myNotes: Array<{ id: string, body: string, updatedAt: string, session: { id: string, title: string, when: string, status: SessionStatus, conference: { slug: string, name: string, year: number } } }> };

export type CreateFirstOrganiserMutationVariables = Exact<{
  input: CreateFirstOrganiserInput;
}>;


export type CreateFirstOrganiserMutation = { createFirstOrganiser: { expiresAt: string, user: { id: string, name: string, email: string, role: Role, calendarFeedUrl: string | null } } };

export type MyScheduleChangesFieldsFragment = { seenVersion: number | null, latestVersion: number | null, conference: { slug: string, timezone: string }, versions: Array<{ number: number, publishedAt: string, note: string | null, changes: Array<{ kind: ChangeKind, field: string | null, before: string | null, after: string | null, session: { id: string, title: string } | null }> }> };

export type MyScheduleChangesQueryVariables = Exact<{
  conferenceSlug: string;
}>;


export type MyScheduleChangesQuery = { myScheduleChanges: { seenVersion: number | null, latestVersion: number | null, conference: { slug: string, timezone: string }, versions: Array<{ number: number, publishedAt: string, note: string | null, changes: Array<{ kind: ChangeKind, field: string | null, before: string | null, after: string | null, session: { id: string, title: string } | null }> }> } | null };

export type MarkScheduleChangesSeenMutationVariables = Exact<{
  conferenceSlug: string;
  upToVersion?: number | null | undefined;
}>;


export type MarkScheduleChangesSeenMutation = { markScheduleChangesSeen: { seenVersion: number | null, latestVersion: number | null, conference: { slug: string, timezone: string }, versions: Array<{ number: number, publishedAt: string, note: string | null, changes: Array<{ kind: ChangeKind, field: string | null, before: string | null, after: string | null, session: { id: string, title: string } | null }> }> } };

export type RateSessionMutationVariables = Exact<{
  input: RateSessionInput;
}>;


export type RateSessionMutation = { rateSession: { id: string, rating: number, comment: string | null, updatedAt: string } };

export type SessionFeedbackQueryVariables = Exact<{
  sessionId: string;
}>;


export type SessionFeedbackQuery = { sessionFeedback: { sessionId: string, count: number, average: number | null, distribution: Array<number>, comments: Array<{ id: string, rating: number, comment: string, hidden: boolean, updatedAt: string }> } };

export type SetFeedbackCommentHiddenMutationVariables = Exact<{
  id: string;
  hidden: boolean;
}>;


export type SetFeedbackCommentHiddenMutation = { setFeedbackCommentHidden: { id: string, hidden: boolean } };

export type PushPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type PushPublicKeyQuery = { pushPublicKey: string };

export type MyPushSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPushSettingsQuery = { myPushSettings: { reminderMinutes: number, devices: number } };

export type RegisterPushSubscriptionMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;


export type RegisterPushSubscriptionMutation = { registerPushSubscription: { reminderMinutes: number, devices: number } };

export type RemovePushSubscriptionMutationVariables = Exact<{
  endpoint: string;
}>;


export type RemovePushSubscriptionMutation = { removePushSubscription: boolean };

export type SetPushSettingsMutationVariables = Exact<{
  input: PushSettingsInput;
}>;


export type SetPushSettingsMutation = { setPushSettings: { reminderMinutes: number, devices: number } };

export type ProgrammeVersionOfConferenceQueryVariables = Exact<{
  slug: string;
}>;


export type ProgrammeVersionOfConferenceQuery = { conference: { slug: string, programmeVersions: Array<{ number: number }> } | null };

export type ProgrammeVersionOfSessionQueryVariables = Exact<{
  id: string;
}>;


export type ProgrammeVersionOfSessionQuery = { session: { conference: { slug: string, programmeVersions: Array<{ number: number }> } } | null };

export type DeleteNoteAtMutationVariables = Exact<{
  sessionId: string;
  baseUpdatedAt?: string | null | undefined;
}>;


export type DeleteNoteAtMutation = { deleteNote: boolean };

export type OfflineProgrammeQueryVariables = Exact<{
  slug: string;
}>;


export type OfflineProgrammeQuery = { conference: { slug: string, sessions: Array<{ summary: string | null, sourceEvidence: string | null, id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, room: { capacity: number | null, name: string } | null, myNote: { body: string, updatedAt: string } | null, myFeedback: { rating: number, comment: string | null } | null, conference: { slug: string, name: string, startsOn: string | null, timezone: string, venue: string | null, city: string | null }, participants: Array<{ role: SpeakerRole, capacity: string | null, speaker: { id: string, name: string, honorifics: Array<string>, role: string | null, organisation: string | null } }>, sourceRoundup: { id: string, title: string, publication: string | null } | null, roundups: Array<{ id: string, title: string }>, tracks: Array<{ slug: string, name: string }> }>, speakers: Array<{ id: string, name: string, honorifics: Array<string>, role: string | null, organisation: string | null, appearances: Array<{ role: SpeakerRole, capacity: string | null, session: { id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, conference: { slug: string, name: string, year: number }, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> } }>, roundups: Array<{ id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, conference: { slug: string, name: string, year: number } }> }> } | null };

export type DraftSessionFieldsFragment = { id: string, title: string, summary: string | null, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, room: string | null, tracks: Array<string>, removed: boolean, isNew: boolean, speakers: Array<{ speakerId: string, name: string, role: SpeakerRole }> };

export type ProgrammeChangeFieldsFragment = { kind: ChangeKind, field: string | null, before: string | null, after: string | null, session: { id: string, title: string } | null };

export type DraftProgrammeQueryVariables = Exact<{
  slug: string;
}>;


export type DraftProgrammeQuery = { draftProgramme: { organisers: Array<string>, warnings: Array<string>, conference: { days: Array<string>, slug: string, name: string, startsOn: string | null, endsOn: string | null, timezone: string, city: string | null, venue: string | null, hashtag: string | null, isPublished: boolean }, rooms: Array<{ id: string, name: string, capacity: number | null }>, sessions: Array<{ id: string, title: string, summary: string | null, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, room: string | null, tracks: Array<string>, removed: boolean, isNew: boolean, speakers: Array<{ speakerId: string, name: string, role: SpeakerRole }> }>, changes: Array<{ kind: ChangeKind, field: string | null, before: string | null, after: string | null, session: { id: string, title: string } | null }> } };

export type ProgrammeVersionsQueryVariables = Exact<{
  slug: string;
}>;


export type ProgrammeVersionsQuery = { conference: { slug: string, timezone: string, programmeVersions: Array<{ number: number, publishedAt: string, note: string | null, changes: Array<{ kind: ChangeKind, field: string | null, before: string | null, after: string | null, session: { id: string, title: string } | null }> }> } | null };

export type CreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type CreateSessionMutation = { createSession: { id: string, title: string, summary: string | null, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, room: string | null, tracks: Array<string>, removed: boolean, isNew: boolean, speakers: Array<{ speakerId: string, name: string, role: SpeakerRole }> } };

export type UpdateSessionMutationVariables = Exact<{
  id: string;
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { updateSession: { id: string, title: string, summary: string | null, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, room: string | null, tracks: Array<string>, removed: boolean, isNew: boolean, speakers: Array<{ speakerId: string, name: string, role: SpeakerRole }> } };

export type CancelSessionMutationVariables = Exact<{
  id: string;
}>;


export type CancelSessionMutation = { cancelSession: { id: string, status: SessionStatus } };

export type RemoveSessionMutationVariables = Exact<{
  id: string;
}>;


export type RemoveSessionMutation = { removeSession: boolean };

export type DiscardDraftMutationVariables = Exact<{
  slug: string;
}>;


export type DiscardDraftMutation = { discardDraft: boolean };

export type PublishProgrammeMutationVariables = Exact<{
  slug: string;
  note?: string | null | undefined;
  acceptWarnings?: boolean | null | undefined;
}>;


export type PublishProgrammeMutation = { publishProgramme: { number: number, publishedAt: string, note: string | null, changes: Array<{ kind: ChangeKind, field: string | null, before: string | null, after: string | null, session: { id: string, title: string } | null }> } };

export type ConferenceSettingsFieldsFragment = { slug: string, name: string, startsOn: string | null, endsOn: string | null, timezone: string, city: string | null, venue: string | null, hashtag: string | null, isPublished: boolean };

export type RoomFieldsFragment = { id: string, name: string, capacity: number | null };

export type CreateConferenceMutationVariables = Exact<{
  input: CreateConferenceInput;
}>;


export type CreateConferenceMutation = { createConference: { slug: string, name: string, startsOn: string | null, endsOn: string | null, timezone: string, city: string | null, venue: string | null, hashtag: string | null, isPublished: boolean } };

export type UpdateConferenceMutationVariables = Exact<{
  slug: string;
  input: ConferenceDetailsInput;
}>;


export type UpdateConferenceMutation = { updateConference: { slug: string, name: string, startsOn: string | null, endsOn: string | null, timezone: string, city: string | null, venue: string | null, hashtag: string | null, isPublished: boolean } };

export type CreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomMutation = { createRoom: { id: string, name: string, capacity: number | null } };

export type UpdateRoomMutationVariables = Exact<{
  id: string;
  input: UpdateRoomInput;
}>;


export type UpdateRoomMutation = { updateRoom: { id: string, name: string, capacity: number | null } };

export type RemoveRoomMutationVariables = Exact<{
  id: string;
}>;


export type RemoveRoomMutation = { removeRoom: boolean };

export type ImportedSessionFieldsFragment = { key: string, title: string, day: string | null, changes: Array<string> };

export type ImportProgrammeMutationVariables = Exact<{
  input: ImportProgrammeInput;
}>;


export type ImportProgrammeMutation = { importProgramme: { applied: boolean, unchanged: number, added: Array<{ key: string, title: string, day: string | null, changes: Array<string> }>, updated: Array<{ key: string, title: string, day: string | null, changes: Array<string> }>, removed: Array<{ key: string, title: string, day: string | null, changes: Array<string> }>, problems: Array<{ row: number | null, column: string | null, event: string | null, message: string }> } };

export type SessionRowFragment = { id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> };

export type ConferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConferencesQuery = { conferences: Array<{ slug: string, name: string, series: ConferenceSeries, year: number, city: string | null, venue: string | null, startsOn: string | null, endsOn: string | null, hashtag: string | null, isPublished: boolean }> };

export type AgendaQueryVariables = Exact<{
  slug: string;
}>;


export type AgendaQuery = { conference: { slug: string, name: string, series: ConferenceSeries, year: number, city: string | null, venue: string | null, startsOn: string | null, endsOn: string | null, timezone: string, hashtag: string | null, days: Array<string>, leftEmpty: Array<string>, organisers: Array<{ name: string }>, sessions: Array<{ id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> }>, roundups: Array<{ id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null }> } | null };

export type SessionQueryVariables = Exact<{
  id: string;
}>;


export type SessionQuery = { session: { summary: string | null, sourceEvidence: string | null, id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, room: { capacity: number | null, name: string } | null, myNote: { body: string, updatedAt: string } | null, myFeedback: { rating: number, comment: string | null } | null, conference: { slug: string, name: string, startsOn: string | null, timezone: string, venue: string | null, city: string | null }, participants: Array<{ role: SpeakerRole, capacity: string | null, speaker: { id: string, name: string, honorifics: Array<string>, role: string | null, organisation: string | null } }>, sourceRoundup: { id: string, title: string, publication: string | null } | null, roundups: Array<{ id: string, title: string }>, tracks: Array<{ slug: string, name: string }> } | null };

export type SpeakerQueryVariables = Exact<{
  id: string;
}>;


export type SpeakerQuery = { speaker: { id: string, name: string, honorifics: Array<string>, role: string | null, organisation: string | null, appearances: Array<{ role: SpeakerRole, capacity: string | null, session: { id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, conference: { slug: string, name: string, year: number }, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> } }>, roundups: Array<{ id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, conference: { slug: string, name: string, year: number } }> } | null };

export type RoundupQueryVariables = Exact<{
  id: string;
}>;


export type RoundupQuery = { roundup: { id: string, title: string, author: string | null, publishedOn: string | null, publication: string | null, sourceFile: string | null, bodyHtml: string, status: RoundupStatus, conference: { slug: string, name: string, year: number }, sessions: Array<{ id: string, title: string, when: string }>, speakers: Array<{ id: string, name: string }> } | null };

export type RoundupListItemFragment = { id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, status: RoundupStatus };

export type ConferenceRoundupsQueryVariables = Exact<{
  slug: string;
  includeDrafts: boolean;
}>;


export type ConferenceRoundupsQuery = { conference: { slug: string, name: string, year: number, roundups: Array<{ id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, status: RoundupStatus }> } | null };

export type MentionFieldsFragment = { kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null };

export type RoundupEditFieldsFragment = { id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, bodyMarkdown: string, status: RoundupStatus, updatedAt: string, conference: { slug: string, name: string }, mentions: Array<{ kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null }> };

export type RoundupForEditQueryVariables = Exact<{
  id: string;
}>;


export type RoundupForEditQuery = { roundup: { id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, bodyMarkdown: string, status: RoundupStatus, updatedAt: string, conference: { slug: string, name: string }, mentions: Array<{ kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null }> } | null };

export type PreviewRoundupQueryVariables = Exact<{
  conferenceSlug: string;
  body: string;
}>;


export type PreviewRoundupQuery = { previewRoundup: { bodyHtml: string, mentions: Array<{ kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null }> } };

export type CreateRoundupMutationVariables = Exact<{
  input: CreateRoundupInput;
}>;


export type CreateRoundupMutation = { createRoundup: { id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, bodyMarkdown: string, status: RoundupStatus, updatedAt: string, conference: { slug: string, name: string }, mentions: Array<{ kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null }> } };

export type UpdateRoundupMutationVariables = Exact<{
  id: string;
  input: UpdateRoundupInput;
}>;


export type UpdateRoundupMutation = { updateRoundup: { id: string, title: string, author: string | null, publication: string | null, publishedOn: string | null, bodyMarkdown: string, status: RoundupStatus, updatedAt: string, conference: { slug: string, name: string }, mentions: Array<{ kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null }> } };

export type PublishRoundupMutationVariables = Exact<{
  id: string;
}>;


export type PublishRoundupMutation = { publishRoundup: { id: string, status: RoundupStatus } };

export type UnpublishRoundupMutationVariables = Exact<{
  id: string;
}>;


export type UnpublishRoundupMutation = { unpublishRoundup: { id: string, status: RoundupStatus } };

export type DeleteRoundupMutationVariables = Exact<{
  id: string;
}>;


export type DeleteRoundupMutation = { deleteRoundup: string };

export type ImportRoundupMutationVariables = Exact<{
  input: ImportRoundupInput;
}>;


export type ImportRoundupMutation = { importRoundup: { id: string } };

export type ConfirmMentionMutationVariables = Exact<{
  input: MentionInput;
}>;


export type ConfirmMentionMutation = { confirmMention: { id: string, mentions: Array<{ kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null }> } };

export type RemoveMentionMutationVariables = Exact<{
  input: MentionInput;
}>;


export type RemoveMentionMutation = { removeMention: { id: string, mentions: Array<{ kind: MentionKind, status: MentionStatus, matchedText: string | null, excerpt: string | null, speaker: { id: string, name: string } | null, session: { id: string, title: string, when: string } | null }> } };

export type ConferenceNameQueryVariables = Exact<{
  slug: string;
}>;


export type ConferenceNameQuery = { conference: { slug: string, name: string } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  conferenceSlug?: string | null | undefined;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first: number;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, id: string, title: string, snippet: string, url: string, conference: { slug: string, name: string, year: number } | null }> };

export type ThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemesQuery = { tracks: Array<{ slug: string, name: string, sessions: Array<{ id: string, conference: { slug: string, series: ConferenceSeries } }> }> };

export type ThemeQueryVariables = Exact<{
  slug: string;
}>;


export type ThemeQuery = { track: { slug: string, name: string, sessions: Array<{ id: string, title: string, type: SessionType | null, status: SessionStatus, timePrecision: TimePrecision, day: string | null, dayPart: DayPart | null, startsAt: string | null, endsAt: string | null, when: string, starred: boolean, conference: { slug: string, name: string, year: number, series: ConferenceSeries, timezone: string }, room: { name: string } | null, tracks: Array<{ slug: string, name: string }>, participants: Array<{ role: SpeakerRole, speaker: { id: string, name: string } }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MeFragmentDoc = new TypedDocumentString(`
    fragment Me on User {
  id
  name
  email
  role
  calendarFeedUrl
}
    `, {"fragmentName":"Me"}) as unknown as TypedDocumentString<MeFragment, unknown>;
export const ProgrammeChangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgrammeChangeFields on ProgrammeChange {
  kind
  field
  session {
    id
    title
  }
  before
  after
}
    `, {"fragmentName":"ProgrammeChangeFields"}) as unknown as TypedDocumentString<ProgrammeChangeFieldsFragment, unknown>;
export const MyScheduleChangesFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyScheduleChangesFields on MyScheduleChanges {
  seenVersion
  latestVersion
  conference {
    slug
    timezone
  }
  versions {
    number
    publishedAt
    note
    changes {
      ...ProgrammeChangeFields
    }
  }
}
    fragment ProgrammeChangeFields on ProgrammeChange {
  kind
  field
  session {
    id
    title
  }
  before
  after
}`, {"fragmentName":"MyScheduleChangesFields"}) as unknown as TypedDocumentString<MyScheduleChangesFieldsFragment, unknown>;
export const DraftSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DraftSessionFields on DraftSession {
  id
  title
  summary
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room
  tracks
  speakers {
    speakerId
    name
    role
  }
  removed
  isNew
}
    `, {"fragmentName":"DraftSessionFields"}) as unknown as TypedDocumentString<DraftSessionFieldsFragment, unknown>;
export const ConferenceSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConferenceSettingsFields on Conference {
  slug
  name
  startsOn
  endsOn
  timezone
  city
  venue
  hashtag
  isPublished
}
    `, {"fragmentName":"ConferenceSettingsFields"}) as unknown as TypedDocumentString<ConferenceSettingsFieldsFragment, unknown>;
export const RoomFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoomFields on Room {
  id
  name
  capacity
}
    `, {"fragmentName":"RoomFields"}) as unknown as TypedDocumentString<RoomFieldsFragment, unknown>;
export const ImportedSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportedSessionFields on ImportedSession {
  key
  title
  day
  changes
}
    `, {"fragmentName":"ImportedSessionFields"}) as unknown as TypedDocumentString<ImportedSessionFieldsFragment, unknown>;
export const SessionRowFragmentDoc = new TypedDocumentString(`
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  starred
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}
    `, {"fragmentName":"SessionRow"}) as unknown as TypedDocumentString<SessionRowFragment, unknown>;
export const RoundupListItemFragmentDoc = new TypedDocumentString(`
    fragment RoundupListItem on Roundup {
  id
  title
  author
  publication
  publishedOn
  status
}
    `, {"fragmentName":"RoundupListItem"}) as unknown as TypedDocumentString<RoundupListItemFragment, unknown>;
export const MentionFieldsFragmentDoc = new TypedDocumentString(`
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}
    `, {"fragmentName":"MentionFields"}) as unknown as TypedDocumentString<MentionFieldsFragment, unknown>;
export const RoundupEditFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoundupEditFields on Roundup {
  id
  title
  author
  publication
  publishedOn
  bodyMarkdown
  status
  updatedAt
  conference {
    slug
    name
  }
  mentions {
    ...MentionFields
  }
}
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}`, {"fragmentName":"RoundupEditFields"}) as unknown as TypedDocumentString<RoundupEditFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Me
  }
}
    fragment Me on User {
  id
  name
  email
  role
  calendarFeedUrl
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    expiresAt
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  name
  email
  role
  calendarFeedUrl
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    expiresAt
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  name
  email
  role
  calendarFeedUrl
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const RotateCalendarFeedDocument = new TypedDocumentString(`
    mutation RotateCalendarFeed {
  rotateCalendarFeed {
    ...Me
  }
}
    fragment Me on User {
  id
  name
  email
  role
  calendarFeedUrl
}`) as unknown as TypedDocumentString<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;
export const StarSessionDocument = new TypedDocumentString(`
    mutation StarSession($sessionId: ID!) {
  starSession(sessionId: $sessionId) {
    id
    starred
  }
}
    `) as unknown as TypedDocumentString<StarSessionMutation, StarSessionMutationVariables>;
export const UnstarSessionDocument = new TypedDocumentString(`
    mutation UnstarSession($sessionId: ID!) {
  unstarSession(sessionId: $sessionId) {
    id
    starred
  }
}
    `) as unknown as TypedDocumentString<UnstarSessionMutation, UnstarSessionMutationVariables>;
export const MyScheduleDocument = new TypedDocumentString(`
    query MySchedule($conferenceSlug: String!) {
  mySchedule(conferenceSlug: $conferenceSlug) {
    conference {
      slug
      name
      timezone
    }
    sessions {
      ...SessionRow
    }
    clashes {
      day
      sessions {
        id
        title
      }
    }
    days {
      day
      count
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  starred
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<MyScheduleQuery, MyScheduleQueryVariables>;
export const SaveNoteDocument = new TypedDocumentString(`
    mutation SaveNote($input: SaveNoteInput!) {
  saveNote(input: $input) {
    id
    body
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SaveNoteMutation, SaveNoteMutationVariables>;
export const DeleteNoteDocument = new TypedDocumentString(`
    mutation DeleteNote($sessionId: ID!) {
  deleteNote(sessionId: $sessionId)
}
    `) as unknown as TypedDocumentString<DeleteNoteMutation, DeleteNoteMutationVariables>;
export const MyNotesDocument = new TypedDocumentString(`
    query MyNotes($conferenceSlug: String) {
  myNotes(conferenceSlug: $conferenceSlug) {
    id
    body
    updatedAt
    session {
      id
      title
      when
      status
      conference {
        slug
        name
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotesQuery, MyNotesQueryVariables>;
export const CreateFirstOrganiserDocument = new TypedDocumentString(`
    mutation CreateFirstOrganiser($input: CreateFirstOrganiserInput!) {
  createFirstOrganiser(input: $input) {
    expiresAt
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  name
  email
  role
  calendarFeedUrl
}`) as unknown as TypedDocumentString<CreateFirstOrganiserMutation, CreateFirstOrganiserMutationVariables>;
export const MyScheduleChangesDocument = new TypedDocumentString(`
    query MyScheduleChanges($conferenceSlug: String!) {
  myScheduleChanges(conferenceSlug: $conferenceSlug) {
    ...MyScheduleChangesFields
  }
}
    fragment MyScheduleChangesFields on MyScheduleChanges {
  seenVersion
  latestVersion
  conference {
    slug
    timezone
  }
  versions {
    number
    publishedAt
    note
    changes {
      ...ProgrammeChangeFields
    }
  }
}
fragment ProgrammeChangeFields on ProgrammeChange {
  kind
  field
  session {
    id
    title
  }
  before
  after
}`) as unknown as TypedDocumentString<MyScheduleChangesQuery, MyScheduleChangesQueryVariables>;
export const MarkScheduleChangesSeenDocument = new TypedDocumentString(`
    mutation MarkScheduleChangesSeen($conferenceSlug: String!, $upToVersion: Int) {
  markScheduleChangesSeen(
    conferenceSlug: $conferenceSlug
    upToVersion: $upToVersion
  ) {
    ...MyScheduleChangesFields
  }
}
    fragment MyScheduleChangesFields on MyScheduleChanges {
  seenVersion
  latestVersion
  conference {
    slug
    timezone
  }
  versions {
    number
    publishedAt
    note
    changes {
      ...ProgrammeChangeFields
    }
  }
}
fragment ProgrammeChangeFields on ProgrammeChange {
  kind
  field
  session {
    id
    title
  }
  before
  after
}`) as unknown as TypedDocumentString<MarkScheduleChangesSeenMutation, MarkScheduleChangesSeenMutationVariables>;
export const RateSessionDocument = new TypedDocumentString(`
    mutation RateSession($input: RateSessionInput!) {
  rateSession(input: $input) {
    id
    rating
    comment
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<RateSessionMutation, RateSessionMutationVariables>;
export const SessionFeedbackDocument = new TypedDocumentString(`
    query SessionFeedback($sessionId: ID!) {
  sessionFeedback(sessionId: $sessionId) {
    sessionId
    count
    average
    distribution
    comments {
      id
      rating
      comment
      hidden
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SessionFeedbackQuery, SessionFeedbackQueryVariables>;
export const SetFeedbackCommentHiddenDocument = new TypedDocumentString(`
    mutation SetFeedbackCommentHidden($id: ID!, $hidden: Boolean!) {
  setFeedbackCommentHidden(id: $id, hidden: $hidden) {
    id
    hidden
  }
}
    `) as unknown as TypedDocumentString<SetFeedbackCommentHiddenMutation, SetFeedbackCommentHiddenMutationVariables>;
export const PushPublicKeyDocument = new TypedDocumentString(`
    query PushPublicKey {
  pushPublicKey
}
    `) as unknown as TypedDocumentString<PushPublicKeyQuery, PushPublicKeyQueryVariables>;
export const MyPushSettingsDocument = new TypedDocumentString(`
    query MyPushSettings {
  myPushSettings {
    reminderMinutes
    devices
  }
}
    `) as unknown as TypedDocumentString<MyPushSettingsQuery, MyPushSettingsQueryVariables>;
export const RegisterPushSubscriptionDocument = new TypedDocumentString(`
    mutation RegisterPushSubscription($input: PushSubscriptionInput!) {
  registerPushSubscription(input: $input) {
    reminderMinutes
    devices
  }
}
    `) as unknown as TypedDocumentString<RegisterPushSubscriptionMutation, RegisterPushSubscriptionMutationVariables>;
export const RemovePushSubscriptionDocument = new TypedDocumentString(`
    mutation RemovePushSubscription($endpoint: String!) {
  removePushSubscription(endpoint: $endpoint)
}
    `) as unknown as TypedDocumentString<RemovePushSubscriptionMutation, RemovePushSubscriptionMutationVariables>;
export const SetPushSettingsDocument = new TypedDocumentString(`
    mutation SetPushSettings($input: PushSettingsInput!) {
  setPushSettings(input: $input) {
    reminderMinutes
    devices
  }
}
    `) as unknown as TypedDocumentString<SetPushSettingsMutation, SetPushSettingsMutationVariables>;
export const ProgrammeVersionOfConferenceDocument = new TypedDocumentString(`
    query ProgrammeVersionOfConference($slug: String!) {
  conference(slug: $slug) {
    slug
    programmeVersions {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeVersionOfConferenceQuery, ProgrammeVersionOfConferenceQueryVariables>;
export const ProgrammeVersionOfSessionDocument = new TypedDocumentString(`
    query ProgrammeVersionOfSession($id: ID!) {
  session(id: $id) {
    conference {
      slug
      programmeVersions {
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeVersionOfSessionQuery, ProgrammeVersionOfSessionQueryVariables>;
export const DeleteNoteAtDocument = new TypedDocumentString(`
    mutation DeleteNoteAt($sessionId: ID!, $baseUpdatedAt: DateTime) {
  deleteNote(sessionId: $sessionId, baseUpdatedAt: $baseUpdatedAt)
}
    `) as unknown as TypedDocumentString<DeleteNoteAtMutation, DeleteNoteAtMutationVariables>;
export const OfflineProgrammeDocument = new TypedDocumentString(`
    query OfflineProgramme($slug: String!) {
  conference(slug: $slug) {
    slug
    sessions {
      ...SessionRow
      room {
        capacity
      }
      summary
      sourceEvidence
      myNote {
        body
        updatedAt
      }
      myFeedback {
        rating
        comment
      }
      conference {
        slug
        name
        startsOn
        timezone
        venue
        city
      }
      participants {
        role
        capacity
        speaker {
          id
          name
          honorifics
          role
          organisation
        }
      }
      sourceRoundup {
        id
        title
        publication
      }
      roundups {
        id
        title
      }
    }
    speakers {
      id
      name
      honorifics
      role
      organisation
      appearances {
        role
        capacity
        session {
          ...SessionRow
          conference {
            slug
            name
            year
          }
        }
      }
      roundups {
        id
        title
        author
        publication
        publishedOn
        conference {
          slug
          name
          year
        }
      }
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  starred
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<OfflineProgrammeQuery, OfflineProgrammeQueryVariables>;
export const DraftProgrammeDocument = new TypedDocumentString(`
    query DraftProgramme($slug: String!) {
  draftProgramme(conferenceSlug: $slug) {
    conference {
      ...ConferenceSettingsFields
      days
    }
    organisers
    rooms {
      ...RoomFields
    }
    sessions {
      ...DraftSessionFields
    }
    changes {
      ...ProgrammeChangeFields
    }
    warnings
  }
}
    fragment DraftSessionFields on DraftSession {
  id
  title
  summary
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room
  tracks
  speakers {
    speakerId
    name
    role
  }
  removed
  isNew
}
fragment ProgrammeChangeFields on ProgrammeChange {
  kind
  field
  session {
    id
    title
  }
  before
  after
}
fragment ConferenceSettingsFields on Conference {
  slug
  name
  startsOn
  endsOn
  timezone
  city
  venue
  hashtag
  isPublished
}
fragment RoomFields on Room {
  id
  name
  capacity
}`) as unknown as TypedDocumentString<DraftProgrammeQuery, DraftProgrammeQueryVariables>;
export const ProgrammeVersionsDocument = new TypedDocumentString(`
    query ProgrammeVersions($slug: String!) {
  conference(slug: $slug) {
    slug
    timezone
    programmeVersions {
      number
      publishedAt
      note
      changes {
        ...ProgrammeChangeFields
      }
    }
  }
}
    fragment ProgrammeChangeFields on ProgrammeChange {
  kind
  field
  session {
    id
    title
  }
  before
  after
}`) as unknown as TypedDocumentString<ProgrammeVersionsQuery, ProgrammeVersionsQueryVariables>;
export const CreateSessionDocument = new TypedDocumentString(`
    mutation CreateSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    ...DraftSessionFields
  }
}
    fragment DraftSessionFields on DraftSession {
  id
  title
  summary
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room
  tracks
  speakers {
    speakerId
    name
    role
  }
  removed
  isNew
}`) as unknown as TypedDocumentString<CreateSessionMutation, CreateSessionMutationVariables>;
export const UpdateSessionDocument = new TypedDocumentString(`
    mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
  updateSession(id: $id, input: $input) {
    ...DraftSessionFields
  }
}
    fragment DraftSessionFields on DraftSession {
  id
  title
  summary
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  room
  tracks
  speakers {
    speakerId
    name
    role
  }
  removed
  isNew
}`) as unknown as TypedDocumentString<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const CancelSessionDocument = new TypedDocumentString(`
    mutation CancelSession($id: ID!) {
  cancelSession(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelSessionMutation, CancelSessionMutationVariables>;
export const RemoveSessionDocument = new TypedDocumentString(`
    mutation RemoveSession($id: ID!) {
  removeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveSessionMutation, RemoveSessionMutationVariables>;
export const DiscardDraftDocument = new TypedDocumentString(`
    mutation DiscardDraft($slug: String!) {
  discardDraft(conferenceSlug: $slug)
}
    `) as unknown as TypedDocumentString<DiscardDraftMutation, DiscardDraftMutationVariables>;
export const PublishProgrammeDocument = new TypedDocumentString(`
    mutation PublishProgramme($slug: String!, $note: String, $acceptWarnings: Boolean) {
  publishProgramme(
    conferenceSlug: $slug
    note: $note
    acceptWarnings: $acceptWarnings
  ) {
    number
    publishedAt
    note
    changes {
      ...ProgrammeChangeFields
    }
  }
}
    fragment ProgrammeChangeFields on ProgrammeChange {
  kind
  field
  session {
    id
    title
  }
  before
  after
}`) as unknown as TypedDocumentString<PublishProgrammeMutation, PublishProgrammeMutationVariables>;
export const CreateConferenceDocument = new TypedDocumentString(`
    mutation CreateConference($input: CreateConferenceInput!) {
  createConference(input: $input) {
    ...ConferenceSettingsFields
  }
}
    fragment ConferenceSettingsFields on Conference {
  slug
  name
  startsOn
  endsOn
  timezone
  city
  venue
  hashtag
  isPublished
}`) as unknown as TypedDocumentString<CreateConferenceMutation, CreateConferenceMutationVariables>;
export const UpdateConferenceDocument = new TypedDocumentString(`
    mutation UpdateConference($slug: String!, $input: ConferenceDetailsInput!) {
  updateConference(slug: $slug, input: $input) {
    ...ConferenceSettingsFields
  }
}
    fragment ConferenceSettingsFields on Conference {
  slug
  name
  startsOn
  endsOn
  timezone
  city
  venue
  hashtag
  isPublished
}`) as unknown as TypedDocumentString<UpdateConferenceMutation, UpdateConferenceMutationVariables>;
export const CreateRoomDocument = new TypedDocumentString(`
    mutation CreateRoom($input: CreateRoomInput!) {
  createRoom(input: $input) {
    ...RoomFields
  }
}
    fragment RoomFields on Room {
  id
  name
  capacity
}`) as unknown as TypedDocumentString<CreateRoomMutation, CreateRoomMutationVariables>;
export const UpdateRoomDocument = new TypedDocumentString(`
    mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {
  updateRoom(id: $id, input: $input) {
    ...RoomFields
  }
}
    fragment RoomFields on Room {
  id
  name
  capacity
}`) as unknown as TypedDocumentString<UpdateRoomMutation, UpdateRoomMutationVariables>;
export const RemoveRoomDocument = new TypedDocumentString(`
    mutation RemoveRoom($id: ID!) {
  removeRoom(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveRoomMutation, RemoveRoomMutationVariables>;
export const ImportProgrammeDocument = new TypedDocumentString(`
    mutation ImportProgramme($input: ImportProgrammeInput!) {
  importProgramme(input: $input) {
    applied
    unchanged
    added {
      ...ImportedSessionFields
    }
    updated {
      ...ImportedSessionFields
    }
    removed {
      ...ImportedSessionFields
    }
    problems {
      row
      column
      event
      message
    }
  }
}
    fragment ImportedSessionFields on ImportedSession {
  key
  title
  day
  changes
}`) as unknown as TypedDocumentString<ImportProgrammeMutation, ImportProgrammeMutationVariables>;
export const ConferencesDocument = new TypedDocumentString(`
    query Conferences {
  conferences {
    slug
    name
    series
    year
    city
    venue
    startsOn
    endsOn
    hashtag
    isPublished
  }
}
    `) as unknown as TypedDocumentString<ConferencesQuery, ConferencesQueryVariables>;
export const AgendaDocument = new TypedDocumentString(`
    query Agenda($slug: String!) {
  conference(slug: $slug) {
    slug
    name
    series
    year
    city
    venue
    startsOn
    endsOn
    timezone
    hashtag
    days
    leftEmpty
    organisers {
      name
    }
    sessions {
      ...SessionRow
    }
    roundups {
      id
      title
      author
      publication
      publishedOn
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  starred
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AgendaQuery, AgendaQueryVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session($id: ID!) {
  session(id: $id) {
    ...SessionRow
    room {
      capacity
    }
    summary
    sourceEvidence
    myNote {
      body
      updatedAt
    }
    myFeedback {
      rating
      comment
    }
    conference {
      slug
      name
      startsOn
      timezone
      venue
      city
    }
    participants {
      role
      capacity
      speaker {
        id
        name
        honorifics
        role
        organisation
      }
    }
    sourceRoundup {
      id
      title
      publication
    }
    roundups {
      id
      title
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  starred
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const SpeakerDocument = new TypedDocumentString(`
    query Speaker($id: ID!) {
  speaker(id: $id) {
    id
    name
    honorifics
    role
    organisation
    appearances {
      role
      capacity
      session {
        ...SessionRow
        conference {
          slug
          name
          year
        }
      }
    }
    roundups {
      id
      title
      author
      publication
      publishedOn
      conference {
        slug
        name
        year
      }
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  starred
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SpeakerQuery, SpeakerQueryVariables>;
export const RoundupDocument = new TypedDocumentString(`
    query Roundup($id: ID!) {
  roundup(id: $id) {
    id
    title
    author
    publishedOn
    publication
    sourceFile
    bodyHtml
    status
    conference {
      slug
      name
      year
    }
    sessions {
      id
      title
      when
    }
    speakers {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RoundupQuery, RoundupQueryVariables>;
export const ConferenceRoundupsDocument = new TypedDocumentString(`
    query ConferenceRoundups($slug: String!, $includeDrafts: Boolean!) {
  conference(slug: $slug) {
    slug
    name
    year
    roundups(includeDrafts: $includeDrafts) {
      ...RoundupListItem
    }
  }
}
    fragment RoundupListItem on Roundup {
  id
  title
  author
  publication
  publishedOn
  status
}`) as unknown as TypedDocumentString<ConferenceRoundupsQuery, ConferenceRoundupsQueryVariables>;
export const RoundupForEditDocument = new TypedDocumentString(`
    query RoundupForEdit($id: ID!) {
  roundup(id: $id) {
    ...RoundupEditFields
  }
}
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}
fragment RoundupEditFields on Roundup {
  id
  title
  author
  publication
  publishedOn
  bodyMarkdown
  status
  updatedAt
  conference {
    slug
    name
  }
  mentions {
    ...MentionFields
  }
}`) as unknown as TypedDocumentString<RoundupForEditQuery, RoundupForEditQueryVariables>;
export const PreviewRoundupDocument = new TypedDocumentString(`
    query PreviewRoundup($conferenceSlug: String!, $body: String!) {
  previewRoundup(conferenceSlug: $conferenceSlug, body: $body) {
    bodyHtml
    mentions {
      ...MentionFields
    }
  }
}
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}`) as unknown as TypedDocumentString<PreviewRoundupQuery, PreviewRoundupQueryVariables>;
export const CreateRoundupDocument = new TypedDocumentString(`
    mutation CreateRoundup($input: CreateRoundupInput!) {
  createRoundup(input: $input) {
    ...RoundupEditFields
  }
}
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}
fragment RoundupEditFields on Roundup {
  id
  title
  author
  publication
  publishedOn
  bodyMarkdown
  status
  updatedAt
  conference {
    slug
    name
  }
  mentions {
    ...MentionFields
  }
}`) as unknown as TypedDocumentString<CreateRoundupMutation, CreateRoundupMutationVariables>;
export const UpdateRoundupDocument = new TypedDocumentString(`
    mutation UpdateRoundup($id: ID!, $input: UpdateRoundupInput!) {
  updateRoundup(id: $id, input: $input) {
    ...RoundupEditFields
  }
}
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}
fragment RoundupEditFields on Roundup {
  id
  title
  author
  publication
  publishedOn
  bodyMarkdown
  status
  updatedAt
  conference {
    slug
    name
  }
  mentions {
    ...MentionFields
  }
}`) as unknown as TypedDocumentString<UpdateRoundupMutation, UpdateRoundupMutationVariables>;
export const PublishRoundupDocument = new TypedDocumentString(`
    mutation PublishRoundup($id: ID!) {
  publishRoundup(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishRoundupMutation, PublishRoundupMutationVariables>;
export const UnpublishRoundupDocument = new TypedDocumentString(`
    mutation UnpublishRoundup($id: ID!) {
  unpublishRoundup(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UnpublishRoundupMutation, UnpublishRoundupMutationVariables>;
export const DeleteRoundupDocument = new TypedDocumentString(`
    mutation DeleteRoundup($id: ID!) {
  deleteRoundup(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRoundupMutation, DeleteRoundupMutationVariables>;
export const ImportRoundupDocument = new TypedDocumentString(`
    mutation ImportRoundup($input: ImportRoundupInput!) {
  importRoundup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportRoundupMutation, ImportRoundupMutationVariables>;
export const ConfirmMentionDocument = new TypedDocumentString(`
    mutation ConfirmMention($input: MentionInput!) {
  confirmMention(input: $input) {
    id
    mentions {
      ...MentionFields
    }
  }
}
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}`) as unknown as TypedDocumentString<ConfirmMentionMutation, ConfirmMentionMutationVariables>;
export const RemoveMentionDocument = new TypedDocumentString(`
    mutation RemoveMention($input: MentionInput!) {
  removeMention(input: $input) {
    id
    mentions {
      ...MentionFields
    }
  }
}
    fragment MentionFields on Mention {
  kind
  status
  matchedText
  excerpt
  speaker {
    id
    name
  }
  session {
    id
    title
    when
  }
}`) as unknown as TypedDocumentString<RemoveMentionMutation, RemoveMentionMutationVariables>;
export const ConferenceNameDocument = new TypedDocumentString(`
    query ConferenceName($slug: String!) {
  conference(slug: $slug) {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<ConferenceNameQuery, ConferenceNameQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $conferenceSlug: String, $kinds: [SearchKind!], $first: Int!) {
  search(
    query: $query
    conferenceSlug: $conferenceSlug
    kinds: $kinds
    first: $first
  ) {
    kind
    id
    title
    snippet
    url
    conference {
      slug
      name
      year
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ThemesDocument = new TypedDocumentString(`
    query Themes {
  tracks {
    slug
    name
    sessions {
      id
      conference {
        slug
        series
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemesQuery, ThemesQueryVariables>;
export const ThemeDocument = new TypedDocumentString(`
    query Theme($slug: String!) {
  track(slug: $slug) {
    slug
    name
    sessions {
      ...SessionRow
      conference {
        slug
        name
        year
        series
        timezone
      }
    }
  }
}
    fragment SessionRow on Session {
  id
  title
  type
  status
  timePrecision
  day
  dayPart
  startsAt
  endsAt
  when
  starred
  room {
    name
  }
  tracks {
    slug
    name
  }
  participants {
    role
    speaker {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ThemeQuery, ThemeQueryVariables>;