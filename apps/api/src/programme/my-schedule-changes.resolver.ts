import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { NotFoundError } from '../common/errors/domain-errors';
import type { PublishedConference } from '../sessions/published/published-programme';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import { ConferenceSlugArgs, MarkScheduleChangesSeenArgs } from '../schedules/dto/schedule.args';
import { scheduleChangesSince } from '../schedules/schedule-changes';
import type { SchedulesLoaders } from '../schedules/schedules.loaders';
import { SchedulesService } from '../schedules/schedules.service';
import { MyScheduleChangesModel } from './models/my-schedule-changes.model';
import { toVersionModel } from './models/programme.model';
import { ProgrammePublishingService } from './programme-publishing.service';

type Ctx = GraphQLContext<{ programme: ProgrammeReader; schedules: SchedulesLoaders }>;

/** How many versions one answer goes back at most (a delegate who never looked, at a much-revised programme). */
const MOST_VERSIONS = 100;

/**
 * My schedule's "changed since you last looked": the published versions' changelogs, each cut down
 * to the delegate's starred sessions (schedules/schedule-changes.ts), after the version they last saw.
 */
@Resolver()
export class MyScheduleChangesResolver {
  constructor(
    private readonly publishing: ProgrammePublishingService,
    private readonly schedules: SchedulesService,
  ) {}

  /** The number of the conference's latest published version, or null before its first publish. */
  private async latestVersion(conferenceId: string): Promise<number | null> {
    const [latest] = await this.publishing.listVersions(conferenceId, 1);
    return latest?.number ?? null;
  }

  private async changes(
    userId: string,
    conference: PublishedConference,
    ctx: Ctx,
    latest?: number | null,
  ): Promise<MyScheduleChangesModel> {
    const conferenceId = conference.row.id;
    const stars = ctx.loaders.schedules.forUser(userId);
    const [starred, seenVersion, latestVersion] = await Promise.all([
      stars.starredSince(conferenceId),
      stars.seenVersion(conferenceId),
      latest !== undefined ? latest : this.latestVersion(conferenceId),
    ]);
    const versions =
      starred.size === 0
        ? []
        : await this.publishing.listVersions(conferenceId, MOST_VERSIONS, { after: seenVersion });
    return {
      conference: conference.model,
      seenVersion,
      latestVersion,
      versions: scheduleChangesSince(versions, starred, seenVersion).map(({ version, changes }) =>
        toVersionModel({ ...version, changes }),
      ),
    };
  }

  @Query(() => MyScheduleChangesModel, {
    nullable: true,
    description:
      'What changed in your starred sessions (moved, retimed, cancelled, retitled…) in the versions published since you last marked them seen; null for an unknown slug',
  })
  async myScheduleChanges(
    @Args() { conferenceSlug }: ConferenceSlugArgs,
    @Context() ctx: Ctx,
  ): Promise<MyScheduleChangesModel | null> {
    const user = await ctx.auth.require();
    const conference = await ctx.loaders.programme.conferenceBySlug(conferenceSlug);
    return conference ? this.changes(user.id, conference, ctx) : null;
  }

  @Mutation(() => MyScheduleChangesModel, {
    description:
      'Marks the changes to your starred sessions as seen up to a version (the latest by default), so myScheduleChanges lists only later ones',
  })
  async markScheduleChangesSeen(
    @Args() { conferenceSlug, upToVersion }: MarkScheduleChangesSeenArgs,
    @Context() ctx: Ctx,
  ): Promise<MyScheduleChangesModel> {
    const user = await ctx.auth.require();
    const conference = await ctx.loaders.programme.conferenceBySlug(conferenceSlug);
    if (!conference) throw new NotFoundError('Conference', 'conferenceSlug');
    const latest = await this.latestVersion(conference.row.id);
    const version = Math.min(upToVersion ?? latest ?? 0, latest ?? 0);
    if (version > 0) await this.schedules.markChangesSeen(user.id, conference.row.id, version);
    return this.changes(user.id, conference, ctx, latest);
  }
}
