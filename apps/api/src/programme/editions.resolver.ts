import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import { Role } from '../accounts/user.entity';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { RoomModel, toRoomModel } from '../conferences/models/room.model';
import {
  CreateConferenceInput,
  CreateRoomInput,
  RoomIdArg,
  UpdateConferenceArgs,
  UpdateRoomArgs,
} from './dto/edition.input';
import { EditionsService } from './editions.service';
import { ProgrammeDraftingService } from './programme-drafting.service';

/** New editions, their details through the draft, and their rooms: for organisers. */
@Resolver()
export class EditionsResolver {
  constructor(
    private readonly editions: EditionsService,
    private readonly drafting: ProgrammeDraftingService,
  ) {}

  @Mutation(() => ConferenceModel, {
    description:
      'ORGANISER: a new edition (slug from series and year), unpublished until its programme is first published; copyFrom gives it that edition’s rooms and themes',
  })
  async createConference(
    @Args('input', { description: 'The new edition' }) input: CreateConferenceInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ConferenceModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toConferenceModel(await this.editions.createConference(input));
  }

  @Mutation(() => ConferenceModel, {
    description:
      'ORGANISER: changes the conference’s details in the draft; answers the conference as the draft has it (the public sees it once published)',
  })
  async updateConference(
    @Args() { slug, input }: UpdateConferenceArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ConferenceModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toConferenceModel(await this.drafting.updateConference(slug, input));
  }

  @Mutation(() => RoomModel, { description: 'ORGANISER: a new room of a conference' })
  async createRoom(
    @Args('input', { description: 'The conference and the new room' }) input: CreateRoomInput,
    @Context() ctx: GraphQLContext,
  ): Promise<RoomModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toRoomModel(await this.editions.createRoom(input));
  }

  @Mutation(() => RoomModel, {
    description: 'ORGANISER: renames a room (at once; the draft follows) or sets its capacity',
  })
  async updateRoom(
    @Args() { id, input }: UpdateRoomArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<RoomModel> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return toRoomModel(await this.editions.updateRoom(id, input));
  }

  @Mutation(() => Boolean, { description: 'ORGANISER: removes a room; refused while a session uses it' })
  async removeRoom(@Args() { id }: RoomIdArg, @Context() ctx: GraphQLContext): Promise<boolean> {
    await ctx.auth.requireRole(Role.ORGANISER);
    return this.editions.removeRoom(id);
  }
}
