/** Enums shared by the API's GraphQL schema and the web client. Values are the GraphQL enum values. */

export enum ConferenceSeries {
  NCASC = 'NCASC',
  ADCS = 'ADCS',
}

export enum SessionType {
  KEYNOTE = 'KEYNOTE',
  PLENARY = 'PLENARY',
  WORKSHOP = 'WORKSHOP',
  PANEL = 'PANEL',
  FRINGE = 'FRINGE',
  SOCIAL = 'SOCIAL',
  /** Closed sessions, e.g. the directors-only first day of the ADCS Annual Conference. */
  PRIVATE = 'PRIVATE',
}

/** How much of a session's time the sources give. */
export enum TimePrecision {
  /** A clock time: startsAt (and usually endsAt) are real instants. */
  EXACT = 'EXACT',
  /** A day and a part of it ("Thursday morning"): day and dayPart are set, no clock time. */
  DAY_PART = 'DAY_PART',
  /** A day only. */
  DAY = 'DAY',
  /** Not even the day. */
  UNKNOWN = 'UNKNOWN',
}

export enum DayPart {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

/** A speaker's part in one session. */
export enum SpeakerRole {
  SPEAKER = 'SPEAKER',
  CHAIR = 'CHAIR',
  PANELLIST = 'PANELLIST',
}

export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  [SessionType.KEYNOTE]: 'Keynote',
  [SessionType.PLENARY]: 'Plenary',
  [SessionType.WORKSHOP]: 'Workshop',
  [SessionType.PANEL]: 'Panel',
  [SessionType.FRINGE]: 'Fringe',
  [SessionType.SOCIAL]: 'Social',
  [SessionType.PRIVATE]: 'Private (directors only)',
};

export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, string> = {
  [SpeakerRole.SPEAKER]: 'Speaker',
  [SpeakerRole.CHAIR]: 'Chair',
  [SpeakerRole.PANELLIST]: 'Panellist',
};

export const SERIES_NAMES: Record<ConferenceSeries, string> = {
  [ConferenceSeries.NCASC]: 'National Children and Adult Services Conference',
  [ConferenceSeries.ADCS]: 'ADCS Annual Conference',
};
