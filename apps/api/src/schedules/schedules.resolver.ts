import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { toConferenceModel } from '../conferences/models/conference.model';
import { SessionModel, toSessionModel } from '../sessions/models/session.model';
import { withDetails } from '../sessions/session-details';
import type { ProgrammeLoaders } from '../sessions/sessions.loaders';
import type { SchedulesLoaders } from './schedules.loaders';
import { ConferenceSlugArgs, SessionIdArgs } from './dto/schedule.args';
import { MyScheduleModel } from './models/schedule.model';
import { SchedulesService } from './schedules.service';

type Ctx = GraphQLContext<ProgrammeLoaders & { schedules: SchedulesLoaders }>;

@Resolver(() => SessionModel)
export class SchedulesResolver {
  constructor(private readonly schedules: SchedulesService) {}

  @Mutation(() => SessionModel, {
    description: 'Adds a session to your schedule (again is fine); a cancelled one is refused',
  })
  async starSession(@Args() { sessionId }: SessionIdArgs, @Context() ctx: Ctx): Promise<SessionModel> {
    const user = await ctx.auth.require();
    return toSessionModel(await this.schedules.star(user.id, sessionId));
  }

  @Mutation(() => SessionModel, { description: 'Takes a session off your schedule (again is fine)' })
  async unstarSession(@Args() { sessionId }: SessionIdArgs, @Context() ctx: Ctx): Promise<SessionModel> {
    const user = await ctx.auth.require();
    return toSessionModel(await this.schedules.unstar(user.id, sessionId));
  }

  @Query(() => MyScheduleModel, {
    nullable: true,
    description: 'Your starred sessions of a conference with their clashes; null for an unknown slug',
  })
  async mySchedule(
    @Args() { conferenceSlug }: ConferenceSlugArgs,
    @Context() ctx: Ctx,
  ): Promise<MyScheduleModel | null> {
    const user = await ctx.auth.require();
    const schedule = await this.schedules.schedule(user.id, conferenceSlug, ctx.loaders);
    if (!schedule) return null;
    const sessions = await withDetails(schedule.sessions.map(toSessionModel), ctx.loaders);
    // a clash lists the same sessions (their details looked up once, with them)
    const byId = new Map(sessions.map((s) => [s.id, s]));
    return {
      conference: toConferenceModel(schedule.conference),
      sessions,
      clashes: schedule.clashes.map((c) => ({
        day: c.day,
        sessions: c.sessions.map((s) => byId.get(s.id) ?? toSessionModel(s)),
      })),
      days: schedule.days,
    };
  }

  @ResolveField(() => Boolean, { description: 'Whether you starred it (false when signed out)' })
  async starred(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<boolean> {
    const user = await ctx.auth.user();
    return user ? ctx.loaders.schedules.forUser(user.id).starred.load(s.id) : false;
  }
}
