import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AccountsService } from './accounts/accounts.service';
import type { GraphQLContext } from './accounts/graphql-context';
import { RequestAuth } from './accounts/request-auth';
import { PublicReader } from './common/dataloaders/public-reader';
import type { PublicAnswers } from './common/graphql/public-response-cache';
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

/**
 * One context a request, whichever appContexts made it (Apollo's and the first request listener's):
 * a query answered first in line with an error goes on to Apollo, which then finds what was read (and
 * who is asking) already loaded instead of reading it all again. Kept on the request itself: with a
 * WeakMap holding every request the notes answered about 15 % fewer requests a second (A/B, 4 runs).
 */
const CONTEXT = Symbol('AppContext');
type WithContext = Request & { [CONTEXT]?: AppContext };

/**
 * The context of each GraphQL request, whether Apollo runs it or it is answered first in line
 * (common/graphql/first-in-line.ts): its loaders, at the public data version already read for it if
 * it was, and who is asking.
 */
export function appContexts(
  ds: DataSource,
  published: PublishedProgramme,
  answers: PublicAnswers,
  accounts: AccountsService,
): (req: Request, res: Response) => AppContext {
  return (req: WithContext, res) =>
    (req[CONTEXT] ??= {
      req,
      res,
      loaders: appLoaders(ds, published, answers.versionOf(req)),
      auth: new RequestAuth(req, accounts),
    });
}
