import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '../accounts/user.entity';
import type { GraphQLContext } from '../common/graphql-context';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { ConferenceSlugArgs } from '../schedules/dto/schedule.args';
import { CreateSessionInput, RenameRoomInput } from './dto/session-edit.input';
import {
  DraftProgrammeModel,
  DraftSessionModel,
  ProgrammeVersionModel,
  toChangeModel,
  toDraftSessionModel,
  toVersionModel,
} from './models/programme.model';
import { type EditedSession, ProgrammeService } from './programme.service';
import { present } from '../common/loaded';
import { ReferenceDataService } from './reference-data.service';
import { SpeakerInput, TrackInput } from './dto/reference.input';
import { SpeakerModel } from '../speakers/models/speaker.model';
import type { SpeakerEntity } from '../speakers/speaker.entity';
import { toTrackModel, TrackModel } from '../tracks/models/track.model';
import {
  ProgrammeVersionsArgs,
  PublishArgs,
  SessionIdArg,
  UpdateSessionArgs,
  UpdateSpeakerArgs,
  UpdateTrackArgs,
} from './dto/programme.args';

@Resolver(() => ConferenceModel)
export class ProgrammeResolver {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly reference: ReferenceDataService,
  ) {}

  private async draftModel(conferenceSlug: string, ctx: GraphQLContext): Promise<DraftProgrammeModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    const conference = await this.programme.conference(conferenceSlug);
    const preview = await this.programme.preview(conference);
    const names = new Map<string, string>();
    for (const s of preview.sessions) for (const p of s.speakers) names.set(p.speakerId, '');
    const speakers = await ctx.loaders.speaker.loadMany([...names.keys()]);
    for (const s of speakers) if (s && !(s instanceof Error)) names.set(s.id, s.name);
    return {
      conference: toConferenceModel(conference),
      sessions: preview.sessions.map((s) =>
        toDraftSessionModel(s, preview.published, (id) => names.get(id) ?? '', conference.timezone),
      ),
      changes: preview.changes.map(toChangeModel),
      warnings: preview.warnings,
    };
  }

  /** A speaker as saved, with their organisation. */
  private async speakerModel(row: SpeakerEntity, ctx: GraphQLContext): Promise<SpeakerModel> {
    return (await ctx.loaders.speakerModels([row]))[0];
  }

  @Query(() => DraftProgrammeModel, {
    description: 'ORGANISER: the draft programme, what publishing would change, and its warnings',
  })
  draftProgramme(
    @Args() { conferenceSlug }: ConferenceSlugArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<DraftProgrammeModel> {
    return this.draftModel(conferenceSlug, ctx);
  }

  /** The answer to an edit: that one session, its speakers named (not the whole draft re-derived). */
  private async sessionModel(edited: EditedSession, ctx: GraphQLContext): Promise<DraftSessionModel> {
    const speakers = present(
      await ctx.loaders.speaker.loadMany(edited.session.speakers.map((p) => p.speakerId)),
    );
    const names = new Map(speakers.map((sp) => [sp.id, sp.name]));
    return toDraftSessionModel(
      edited.session,
      new Set(edited.published ? [edited.session.id] : []),
      (id) => names.get(id) ?? '',
      edited.conference.timezone,
    );
  }

  @Mutation(() => DraftSessionModel, { description: 'ORGANISER: adds a session to the draft' })
  async createSession(
    @Args('input') input: CreateSessionInput,
    @Context() ctx: GraphQLContext,
  ): Promise<DraftSessionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    const { conferenceSlug, ...edit } = input;
    return this.sessionModel(await this.programme.createSession(conferenceSlug, edit), ctx);
  }

  @Mutation(() => DraftSessionModel, {
    description: 'ORGANISER: changes any fields of a session in the draft',
  })
  async updateSession(
    @Args() { id, input }: UpdateSessionArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<DraftSessionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.sessionModel(await this.programme.updateSession(id, input), ctx);
  }

  @Mutation(() => DraftSessionModel, {
    description: 'ORGANISER: cancels a session in the draft (it stays in calendars as cancelled)',
  })
  async cancelSession(
    @Args() { id }: SessionIdArg,
    @Context() ctx: GraphQLContext,
  ): Promise<DraftSessionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.sessionModel(await this.programme.cancelSession(id), ctx);
  }

  @Mutation(() => Boolean, { description: 'ORGANISER: takes a session out of the draft programme' })
  async removeSession(@Args() { id }: SessionIdArg, @Context() ctx: GraphQLContext): Promise<boolean> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.programme.removeSession(id);
  }

  @Mutation(() => Int, {
    description: 'ORGANISER: renames a room in the draft; answers how many sessions use it',
  })
  async renameRoom(@Args('input') input: RenameRoomInput, @Context() ctx: GraphQLContext): Promise<number> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.programme.renameRoom(input.conferenceSlug, input.from, input.to);
  }

  @Mutation(() => Boolean, { description: 'ORGANISER: throws the draft away' })
  async discardDraft(
    @Args() { conferenceSlug }: ConferenceSlugArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.programme.discardDraft(conferenceSlug);
  }

  @Mutation(() => ProgrammeVersionModel, {
    description: 'ORGANISER: publishes the draft as the next numbered version',
  })
  async publishProgramme(
    @Args() args: PublishArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ProgrammeVersionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toVersionModel(
      await this.programme.publish(args.conferenceSlug, args.note ?? null, args.acceptWarnings ?? false),
    );
  }

  @Mutation(() => SpeakerModel, { description: 'ORGANISER: a new speaker (shared by every conference)' })
  async createSpeaker(
    @Args('input') input: SpeakerInput,
    @Context() ctx: GraphQLContext,
  ): Promise<SpeakerModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.speakerModel(await this.reference.createSpeaker(input), ctx);
  }

  @Mutation(() => SpeakerModel, { description: 'ORGANISER: corrects a speaker’s name, role or organisation' })
  async updateSpeaker(
    @Args() { id, input }: UpdateSpeakerArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<SpeakerModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.speakerModel(await this.reference.updateSpeaker(id, input), ctx);
  }

  @Mutation(() => TrackModel, { description: 'ORGANISER: a new theme (shared by every conference)' })
  async createTrack(@Args('input') input: TrackInput, @Context() ctx: GraphQLContext): Promise<TrackModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toTrackModel(await this.reference.createTrack(input.name));
  }

  @Mutation(() => TrackModel, { description: 'ORGANISER: renames a theme (its slug stays)' })
  async updateTrack(
    @Args() { slug, input }: UpdateTrackArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<TrackModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toTrackModel(await this.reference.renameTrack(slug, input.name));
  }

  @ResolveField(() => [ProgrammeVersionModel], {
    description: 'Published versions, newest first, with what changed (the latest `first`)',
  })
  async programmeVersions(
    @Parent() c: ConferenceModel,
    @Args() { first }: ProgrammeVersionsArgs,
  ): Promise<ProgrammeVersionModel[]> {
    return (await this.programme.listVersions(c.id, first)).map(toVersionModel);
  }
}
