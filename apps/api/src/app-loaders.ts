import type { DataSource } from 'typeorm';
import type { GraphQLContext } from './accounts/graphql-context';
import { PublicReader } from './common/dataloaders/public-reader';
import { FeedbackLoaders } from './feedback/feedback.loaders';
import { NotesLoaders } from './notes/notes.loaders';
import { type RoundupsLoaders, roundupsLoaders } from './roundups/roundups.loaders';
import { SchedulesLoaders } from './schedules/schedules.loaders';
import type { PublishedProgramme } from './sessions/published/published-programme.service';
import { type ProgrammeLoaders, programmeLoaders } from './sessions/sessions.loaders';

/** Every domain's loaders for one request (`ctx.loaders.programme`, `ctx.loaders.notes`…), gathered at the app root. */
export interface AppLoaders extends ProgrammeLoaders {
  schedules: SchedulesLoaders;
  notes: NotesLoaders;
  feedback: FeedbackLoaders;
  roundups: RoundupsLoaders;
}

/** The context every GraphQL request is given. */
export type AppContext = GraphQLContext<AppLoaders>;

/**
 * One request's loaders (never shared between users).
 * @param published the published programme, shared by every request
 * @param knownVersion the public data version already read for this request, if it was
 */
export function appLoaders(ds: DataSource, published: PublishedProgramme, knownVersion?: number): AppLoaders {
  const reader = new PublicReader(ds, knownVersion);
  return {
    ...programmeLoaders(reader, published),
    schedules: new SchedulesLoaders(reader),
    notes: new NotesLoaders(reader),
    feedback: new FeedbackLoaders(reader),
    roundups: roundupsLoaders(reader),
  };
}
