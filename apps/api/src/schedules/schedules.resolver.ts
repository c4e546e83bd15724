import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import type { SchedulesLoaders } from './schedules.loaders';
import { SessionModel } from '../sessions/models/session.model';
import { ConferenceSlugArgs, SessionIdArgs } from './dto/schedule.args';
import { MyScheduleModel } from './models/schedule.model';
import { SchedulesService } from './schedules.service';

type Ctx = GraphQLContext<{ programme: ProgrammeReader; schedules: SchedulesLoaders }>;

@Resolver(() => SessionModel)
export class SchedulesResolver {
  constructor(private readonly schedules: SchedulesService) {}

  @Mutation(() => SessionModel, {
    description: 'Adds a session to your schedule (again is fine); a cancelled one is refused',
  })
  async starSession(@Args() { sessionId }: SessionIdArgs, @Context() ctx: Ctx): Promise<SessionModel> {
    const user = await ctx.auth.require();
    return (await this.schedules.star(user.id, sessionId, ctx.loaders.programme)).model;
  }

  @Mutation(() => SessionModel, { description: 'Takes a session off your schedule (again is fine)' })
  async unstarSession(@Args() { sessionId }: SessionIdArgs, @Context() ctx: Ctx): Promise<SessionModel> {
    const user = await ctx.auth.require();
    return (await this.schedules.unstar(user.id, sessionId, ctx.loaders.programme)).model;
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
    // the programme's version first: the schedule is the programme at that version, with these stars
    await ctx.loaders.programme.version();
    const starred = await ctx.loaders.schedules.forUser(user.id).starredIds();
    const schedule = await this.schedules.schedule(starred, conferenceSlug, ctx.loaders.programme);
    if (!schedule) return null;
    return {
      conference: schedule.programme.model,
      sessions: schedule.sessions.map((s) => s.model),
      // a property read by GraphQL's default resolver, worked out only when the query asks for it
      get clashes() {
        return schedule.clashes().map((c) => ({ day: c.day, sessions: c.sessions.map((s) => s.model) }));
      },
      days: schedule.days,
    };
  }

  @ResolveField(() => Boolean, { description: 'Whether you starred it (false when signed out)' })
  async starred(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<boolean> {
    const user = await ctx.auth.user();
    return user ? ctx.loaders.schedules.forUser(user.id).starred.load(s.id) : false;
  }
}
