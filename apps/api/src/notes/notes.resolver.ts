import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { SessionModel } from '../sessions/models/session.model';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import type { NotesLoaders } from './notes.loaders';
import { OptionalConferenceSlugArgs } from '../schedules/dto/schedule.args';
import { DeleteNoteArgs } from './dto/delete-note.args';
import { SaveNoteInput } from './dto/save-note.input';
import { NoteModel, toNoteModel } from './models/note.model';
import { NotesService } from './notes.service';

type Ctx = GraphQLContext<{ programme: ProgrammeReader; notes: NotesLoaders }>;

@Resolver(() => NoteModel)
export class NotesResolver {
  constructor(private readonly notes: NotesService) {}

  @Mutation(() => NoteModel, {
    description:
      'Creates or replaces your note on a session (CONFLICT when `baseUpdatedAt` is given and the note has changed since)',
  })
  async saveNote(@Args('input') input: SaveNoteInput, @Context() ctx: Ctx): Promise<NoteModel> {
    const user = await ctx.auth.require();
    return toNoteModel(await this.notes.save(user.id, input.sessionId, input.body, input.baseUpdatedAt));
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes your note on a session; false if you had none (CONFLICT when `baseUpdatedAt` is given and the note has changed since)',
  })
  async deleteNote(
    @Args() { sessionId, baseUpdatedAt }: DeleteNoteArgs,
    @Context() ctx: Ctx,
  ): Promise<boolean> {
    const user = await ctx.auth.require();
    return this.notes.delete(user.id, sessionId, baseUpdatedAt);
  }

  @Query(() => [NoteModel], { description: 'Your notes, with their sessions, in programme order' })
  async myNotes(
    @Args() { conferenceSlug }: OptionalConferenceSlugArgs,
    @Context() ctx: Ctx,
  ): Promise<NoteModel[]> {
    const user = await ctx.auth.require();
    return (await this.notes.list(user.id, conferenceSlug)).map(({ note }) => toNoteModel(note));
  }

  @ResolveField(() => SessionModel)
  async session(@Parent() n: NoteModel, @Context() ctx: Ctx): Promise<SessionModel> {
    const s = await ctx.loaders.programme.session(n.sessionId);
    if (!s) throw new Error(`note on missing session ${n.sessionId}`);
    return s.model;
  }
}

@Resolver(() => SessionModel)
export class SessionNoteResolver {
  @ResolveField(() => NoteModel, {
    nullable: true,
    description: 'Your note on this session (null when signed out or none)',
  })
  async myNote(@Parent() s: SessionModel, @Context() ctx: Ctx): Promise<NoteModel | null> {
    const user = await ctx.auth.user();
    if (!user) return null;
    const note = await ctx.loaders.notes.forUser(user.id).note.load(s.id);
    return note ? toNoteModel(note) : null;
  }
}
