import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { afterKey } from '../common/graphql/paging';
import type { GraphQLContext } from '../accounts/graphql-context';
import { SessionModel } from '../sessions/models/session.model';
import type { ProgrammeReader } from '../sessions/published/published-programme.service';
import type { NotesLoaders } from './notes.loaders';
import { DeleteNoteArgs } from './dto/delete-note.args';
import { SaveNoteInput } from './dto/save-note.input';
import { NoteModel, toNoteModel } from './models/note.model';
import { NotesService } from './notes.service';
import { MyNotesArgs } from './dto/my-notes.args';
import { decodeSessionCursor } from '../sessions/agenda-order';

type Ctx = GraphQLContext<{ programme: ProgrammeReader; notes: NotesLoaders }>;

@Resolver(() => NoteModel)
export class NotesResolver {
  constructor(private readonly notes: NotesService) {}

  @Mutation(() => NoteModel, {
    description:
      'Creates or replaces your note on a session (CONFLICT when `baseUpdatedAt` is given and the note has changed since)',
  })
  async saveNote(
    @Args('input', { description: 'The session and the note’s new text' }) input: SaveNoteInput,
    @Context() ctx: Ctx,
  ): Promise<NoteModel> {
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

  @Query(() => [NoteModel], {
    description:
      'Your notes, with their sessions, in programme order (all, or a page: `first` after `after`)',
  })
  async myNotes(
    @Args() { conferenceSlug, first, after }: MyNotesArgs,
    @Context() ctx: Ctx,
  ): Promise<NoteModel[]> {
    const user = await ctx.auth.require();
    const page = { first, after: afterKey(after, decodeSessionCursor) };
    const notes = await this.notes.listPublished(user.id, ctx.loaders.programme, conferenceSlug, page);
    return notes.map(({ note }) => toNoteModel(note));
  }

  @ResolveField(() => String, {
    description: 'Its place in myNotes (its session’s `cursor`): pass it as `after` for the notes after it',
  })
  async cursor(@Parent() n: NoteModel, @Context() ctx: Ctx): Promise<string> {
    return (await this.sessionOf(n, ctx)).cursor;
  }

  @ResolveField(() => SessionModel, { description: 'The session it is on' })
  async session(@Parent() n: NoteModel, @Context() ctx: Ctx): Promise<SessionModel> {
    return this.sessionOf(n, ctx);
  }

  private async sessionOf(n: NoteModel, ctx: Ctx): Promise<SessionModel> {
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
