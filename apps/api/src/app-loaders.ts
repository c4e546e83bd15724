import type { DataSource } from 'typeorm';
import type { GraphQLContext } from './accounts/graphql-context';
import { PublicReader } from './common/dataloaders/public-reader';
import type { SharedRows } from './common/dataloaders/shared-rows';
import { NotesLoaders } from './notes/notes.loaders';
import { type RoundupsLoaders, roundupsLoaders } from './roundups/roundups.loaders';
import { SchedulesLoaders } from './schedules/schedules.loaders';
import { type ProgrammeLoaders, programmeLoaders } from './sessions/sessions.loaders';

/** Every domain's loaders for one request (`ctx.loaders.sessions.byId`…), gathered at the app root. */
export interface AppLoaders extends ProgrammeLoaders {
  schedules: SchedulesLoaders;
  notes: NotesLoaders;
  roundups: RoundupsLoaders;
}

/** The context every GraphQL request is given. */
export type AppContext = GraphQLContext<AppLoaders>;

/**
 * One request's loaders (never shared between users).
 * @param shared public rows kept across requests; without it every lookup reads the database
 * @param knownVersion the public data version already read for this request, if it was
 */
export function appLoaders(ds: DataSource, shared?: SharedRows, knownVersion?: number): AppLoaders {
  const reader = new PublicReader(ds, shared, knownVersion);
  const programme = programmeLoaders(reader);
  return {
    ...programme,
    schedules: new SchedulesLoaders(reader, programme.sessions),
    notes: new NotesLoaders(reader),
    roundups: roundupsLoaders(reader),
  };
}
