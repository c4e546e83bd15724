import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { Role } from '../accounts/user.entity';
import { NotFoundError } from '../common/errors/domain-errors';
import { SessionModel } from '../sessions/models/session.model';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import { FeedbackHiddenArgs, SessionIdArgs } from './dto/feedback.args';
import { RateSessionInput } from './dto/rate-session.input';
import type { FeedbackLoaders } from './feedback.loaders';
import { FeedbackService } from './feedback.service';
import {
  FeedbackCommentModel,
  FeedbackSummaryModel,
  SessionFeedbackModel,
  toFeedbackModel,
} from './models/feedback.model';

type Ctx = GraphQLContext<{ programme: ProgrammeReader; feedback: FeedbackLoaders }>;

@Resolver(() => SessionFeedbackModel)
export class FeedbackResolver {
  constructor(private readonly feedback: FeedbackService) {}

  @Mutation(() => SessionFeedbackModel, {
    description:
      'Rates a session you attended, 1–5 with an optional comment; rating it again changes your rating. ' +
      'Refused (BAD_USER_INPUT, field sessionId) before the session has begun (a day-part session from ' +
      'the start of that part of the day) and for cancelled sessions. Organisers read ratings without names.',
  })
  async rateSession(
    @Args('input', { description: 'The session and your rating' }) input: RateSessionInput,
    @Context() ctx: Ctx,
  ): Promise<SessionFeedbackModel> {
    const user = await ctx.auth.require();
    const session = await ctx.loaders.programme.session(input.sessionId);
    return toFeedbackModel(await this.feedback.rate(user.id, session, input.rating, input.comment));
  }

  @Query(() => FeedbackSummaryModel, {
    description: 'ORGANISER: what delegates said of a session (counts, average, spread, comments; never who)',
  })
  async sessionFeedback(
    @Args() { sessionId }: SessionIdArgs,
    @Context() ctx: Ctx,
  ): Promise<FeedbackSummaryModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    if (!(await ctx.loaders.programme.session(sessionId))) throw new NotFoundError('Session', 'sessionId');
    return this.feedback.summary(sessionId);
  }

  @Mutation(() => FeedbackCommentModel, {
    description:
      'ORGANISER: hides a feedback comment (or shows it again with hidden: false); its rating still counts',
  })
  async setFeedbackCommentHidden(
    @Args() { id, hidden }: FeedbackHiddenArgs,
    @Context() ctx: Ctx,
  ): Promise<FeedbackCommentModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.feedback.setHidden(id, hidden);
  }
}

@Resolver(() => SessionModel)
export class SessionFeedbackResolver {
  @ResolveField(() => SessionFeedbackModel, {
    nullable: true,
    description: 'Your rating of this session (null when signed out or not rated)',
  })
  async myFeedback(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<SessionFeedbackModel | null> {
    const user = await ctx.auth.user();
    if (!user) return null;
    const mine = await ctx.loaders.feedback.forUser(user.id).feedback.load(s.id);
    return mine ? toFeedbackModel(mine) : null;
  }
}
