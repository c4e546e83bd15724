import { InitialProgrammeSchema1763900000000 } from './1763900000000-initial-programme-schema';
import { AccountsSchedulesNotes1764000000000 } from './1764000000000-accounts-schedules-notes';
import { SessionRevision1764100000000 } from './1764100000000-session-revision';
import { ProgrammeVersions1764200000000 } from './1764200000000-programme-versions';
import { RoundupMentionsAndSearch1764300000000 } from './1764300000000-roundup-mentions-and-search';
import { RateLimits1764400000000 } from './1764400000000-rate-limits';
import { PublicDataVersion1764500000000 } from './1764500000000-public-data-version';
import { SessionTypeOptional1764610000000 } from './1764610000000-session-type-optional';
import { ConferenceEditions1764620000000 } from './1764620000000-conference-editions';
import { SessionExternalId1764630000000 } from './1764630000000-session-external-id';
import { SessionFeedback1764640000000 } from './1764640000000-session-feedback';
import { ScheduleChangesSeen1764650000000 } from './1764650000000-schedule-changes-seen';
import { PushNotifications1764660000000 } from './1764660000000-push-notifications';

/** Every migration, in order. A new migration is added here and committed with the entity change. */
export const migrations = [
  InitialProgrammeSchema1763900000000,
  AccountsSchedulesNotes1764000000000,
  SessionRevision1764100000000,
  ProgrammeVersions1764200000000,
  RoundupMentionsAndSearch1764300000000,
  RateLimits1764400000000,
  PublicDataVersion1764500000000,
  SessionTypeOptional1764610000000,
  ConferenceEditions1764620000000,
  SessionExternalId1764630000000,
  SessionFeedback1764640000000,
  ScheduleChangesSeen1764650000000,
  PushNotifications1764660000000,
];
