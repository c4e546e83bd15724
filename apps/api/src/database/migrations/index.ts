import { InitialProgrammeSchema1763900000000 } from './1763900000000-initial-programme-schema';
import { AccountsSchedulesNotes1764000000000 } from './1764000000000-accounts-schedules-notes';
import { SessionRevision1764100000000 } from './1764100000000-session-revision';
import { ProgrammeVersions1764200000000 } from './1764200000000-programme-versions';

/** Every migration, in order. A new migration is added here and committed with the entity change. */
export const migrations = [
  InitialProgrammeSchema1763900000000,
  AccountsSchedulesNotes1764000000000,
  SessionRevision1764100000000,
  ProgrammeVersions1764200000000,
];
