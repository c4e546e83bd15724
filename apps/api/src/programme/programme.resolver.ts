import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { afterKey } from '../common/graphql/paging';
import { Role } from '../accounts/user.entity';
import type { GraphQLContext } from '../accounts/graphql-context';
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
  decodeVersionCursor,
} from './models/programme.model';
import { type EditedSession, ProgrammeDraftingService } from './programme-drafting.service';
import { ProgrammePublishingService } from './programme-publishing.service';
import { present } from '../common/loaded';
import { ReferenceDataService } from './reference-data.service';
import { EditionsService } from './editions.service';
import { toRoomModel } from '../conferences/models/room.model';
import { ImportProgrammeInput, ImportReportModel } from './import/import-report.model';
import { ProgrammeImportService } from './import/programme-import.service';
import { CreateSpeakerInput, SpeakerInput, TrackInput } from './dto/reference.input';
import { SpeakerModel } from '../speakers/models/speaker.model';
import type { SpeakersLoaders } from '../speakers/speakers.loaders';
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

type Ctx = GraphQLContext<{ speakers: SpeakersLoaders }>;

@Resolver(() => ConferenceModel)
export class ProgrammeResolver {
  constructor(
    private readonly drafting: ProgrammeDraftingService,
    private readonly publishing: ProgrammePublishingService,
    private readonly reference: ReferenceDataService,
    private readonly editions: EditionsService,
    private readonly importer: ProgrammeImportService,
  ) {}

  private async draftModel(conferenceSlug: string, ctx: Ctx): Promise<DraftProgrammeModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    const conference = await this.drafting.conference(conferenceSlug);
    const preview = await this.drafting.preview(conference);
    const names = new Map<string, string>();
    for (const s of preview.sessions) for (const p of s.speakers) names.set(p.speakerId, '');
    const speakers = await ctx.loaders.speakers.byId.loadMany([...names.keys()]);
    for (const s of speakers) if (s && !(s instanceof Error)) names.set(s.id, s.name);
    const [rooms, themes] = await Promise.all([
      this.editions.rooms(conference),
      this.editions.themesOf(conference, preview.sessions),
    ]);
    return {
      conference: toConferenceModel(preview.conference),
      organisers: preview.details.organisers,
      rooms: rooms.map(toRoomModel),
      themes: themes.map(toTrackModel),
      sessions: preview.sessions.map((s) =>
        toDraftSessionModel(s, preview.published, (id) => names.get(id) ?? '', preview.details.timezone),
      ),
      changes: preview.changes.map(toChangeModel),
      warnings: preview.warnings,
    };
  }

  /** A speaker as saved, with their organisation. */
  private async speakerModel(row: SpeakerEntity, ctx: Ctx): Promise<SpeakerModel> {
    return (await ctx.loaders.speakers.models([row]))[0];
  }

  @Query(() => DraftProgrammeModel, {
    description: 'ORGANISER: the draft programme, what publishing would change, and its warnings',
  })
  draftProgramme(
    @Args() { conferenceSlug }: ConferenceSlugArgs,
    @Context() ctx: Ctx,
  ): Promise<DraftProgrammeModel> {
    return this.draftModel(conferenceSlug, ctx);
  }

  /** The answer to an edit: that one session, its speakers named (not the whole draft re-derived). */
  private async sessionModel(edited: EditedSession, ctx: Ctx): Promise<DraftSessionModel> {
    const speakers = present(
      await ctx.loaders.speakers.byId.loadMany(edited.session.speakers.map((p) => p.speakerId)),
    );
    const names = new Map(speakers.map((sp) => [sp.id, sp.name]));
    return toDraftSessionModel(
      edited.session,
      new Set(edited.published ? [edited.session.id] : []),
      (id) => names.get(id) ?? '',
      edited.timezone,
    );
  }

  @Mutation(() => DraftSessionModel, { description: 'ORGANISER: adds a session to the draft' })
  async createSession(
    @Args('input', { description: 'The new session' }) input: CreateSessionInput,
    @Context() ctx: Ctx,
  ): Promise<DraftSessionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    const { conferenceSlug, ...edit } = input;
    return this.sessionModel(await this.drafting.createSession(conferenceSlug, edit), ctx);
  }

  @Mutation(() => DraftSessionModel, {
    description: 'ORGANISER: changes any fields of a session in the draft',
  })
  async updateSession(
    @Args() { id, input }: UpdateSessionArgs,
    @Context() ctx: Ctx,
  ): Promise<DraftSessionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.sessionModel(await this.drafting.updateSession(id, input), ctx);
  }

  @Mutation(() => DraftSessionModel, {
    description: 'ORGANISER: cancels a session in the draft (it stays in calendars as cancelled)',
  })
  async cancelSession(@Args() { id }: SessionIdArg, @Context() ctx: Ctx): Promise<DraftSessionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.sessionModel(await this.drafting.cancelSession(id), ctx);
  }

  @Mutation(() => Boolean, { description: 'ORGANISER: takes a session out of the draft programme' })
  async removeSession(@Args() { id }: SessionIdArg, @Context() ctx: Ctx): Promise<boolean> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.drafting.removeSession(id);
  }

  @Mutation(() => Int, {
    description: 'ORGANISER: renames a room in the draft; answers how many sessions use it',
  })
  async renameRoom(
    @Args('input', { description: 'The conference, the room’s name and its new name' })
    input: RenameRoomInput,
    @Context() ctx: Ctx,
  ): Promise<number> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.drafting.renameRoom(input.conferenceSlug, input.from, input.to);
  }

  @Mutation(() => Boolean, { description: 'ORGANISER: throws the draft away' })
  async discardDraft(@Args() { conferenceSlug }: ConferenceSlugArgs, @Context() ctx: Ctx): Promise<boolean> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.drafting.discardDraft(conferenceSlug);
  }

  @Mutation(() => ProgrammeVersionModel, {
    description: 'ORGANISER: publishes the draft as the next numbered version',
  })
  async publishProgramme(@Args() args: PublishArgs, @Context() ctx: Ctx): Promise<ProgrammeVersionModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toVersionModel(
      await this.publishing.publish(args.conferenceSlug, args.note ?? null, args.acceptWarnings ?? false),
    );
  }

  @Mutation(() => ImportReportModel, {
    description:
      'ORGANISER: imports a programme file into the draft (or, with dryRun or any problem, only reports what it would do)',
  })
  async importProgramme(
    @Args('input', { description: 'The conference, the file and its format' }) input: ImportProgrammeInput,
    @Context() ctx: Ctx,
  ): Promise<ImportReportModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.importer.importProgramme(input);
  }

  @Mutation(() => SpeakerModel, { description: 'ORGANISER: a new speaker (shared by every conference)' })
  async addSpeaker(
    @Args('input', { description: 'The new speaker' }) input: CreateSpeakerInput,
    @Context() ctx: Ctx,
  ): Promise<SpeakerModel> {
    return this.newSpeaker(input, ctx);
  }

  @Mutation(() => SpeakerModel, {
    description:
      'ORGANISER: a new speaker, as addSpeaker; its input does not show that name is required (BAD_USER_INPUT without it)',
    deprecationReason: 'Use addSpeaker, whose input marks name as required',
  })
  async createSpeaker(
    @Args('input', { description: 'The new speaker; name is required' }) input: SpeakerInput,
    @Context() ctx: Ctx,
  ): Promise<SpeakerModel> {
    return this.newSpeaker(input, ctx);
  }

  private async newSpeaker(input: SpeakerInput, ctx: Ctx): Promise<SpeakerModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.speakerModel(await this.reference.createSpeaker(input), ctx);
  }

  @Mutation(() => SpeakerModel, { description: 'ORGANISER: corrects a speaker’s name, role or organisation' })
  async updateSpeaker(@Args() { id, input }: UpdateSpeakerArgs, @Context() ctx: Ctx): Promise<SpeakerModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.speakerModel(await this.reference.updateSpeaker(id, input), ctx);
  }

  @Mutation(() => TrackModel, { description: 'ORGANISER: a new theme (shared by every conference)' })
  async createTrack(
    @Args('input', { description: 'The new theme' }) input: TrackInput,
    @Context() ctx: Ctx,
  ): Promise<TrackModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toTrackModel(await this.reference.createTrack(input.name));
  }

  @Mutation(() => TrackModel, { description: 'ORGANISER: renames a theme (its slug stays)' })
  async updateTrack(@Args() { slug, input }: UpdateTrackArgs, @Context() ctx: Ctx): Promise<TrackModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toTrackModel(await this.reference.renameTrack(slug, input.name));
  }

  @ResolveField(() => [ProgrammeVersionModel], {
    description:
      'Published versions, newest first, with what changed (the latest `first`, older than `after` when given)',
  })
  async programmeVersions(
    @Parent() c: ConferenceModel,
    @Args() { first, after }: ProgrammeVersionsArgs,
  ): Promise<ProgrammeVersionModel[]> {
    const before = afterKey(after, decodeVersionCursor) ?? undefined;
    return (await this.publishing.listVersions(c.id, first, { before })).map(toVersionModel);
  }
}
