import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../accounts/graphql-context';
import type { ProgrammeReader } from './published/published-programme.service';
import { ConferenceSessionsArgs } from '../conferences/dto/conference-sessions.args';
import { ConferenceModel } from '../conferences/models/conference.model';
import { RoomModel } from '../conferences/models/room.model';
import { OrganisationModel } from '../organisations/models/organisation.model';
import { decodeSpeakerCursor, SpeakerModel, speakerOrderKey } from '../speakers/models/speaker.model';
import { afterKey, isGiven, PageArgs, pageInMemory } from '../common/graphql/paging';
import { TrackModel } from '../tracks/models/track.model';
import { SessionModel } from './models/session.model';
import { filterAgenda } from './published/agenda-filter';
import type { PublishedConference } from './published/published-programme';

type Ctx = GraphQLContext<{ programme: ProgrammeReader }>;

/** A conference's programme: every field here reads its published programme (see published/). */
@Resolver(() => ConferenceModel)
export class ConferenceProgrammeResolver {
  private async programme(c: ConferenceModel, ctx: Ctx): Promise<PublishedConference | null> {
    return ctx.loaders.programme.conference(c.id);
  }

  @ResolveField(() => [OrganisationModel], { description: 'The bodies that run it (ADCS, ADASS, LGA…)' })
  async organisers(@Parent() c: ConferenceModel, @Context() ctx: Ctx): Promise<readonly OrganisationModel[]> {
    return (await this.programme(c, ctx))?.organisers ?? [];
  }

  @ResolveField(() => [SessionModel], {
    description: 'The agenda: by day, then time, then the order the source gives',
  })
  async sessions(
    @Parent() c: ConferenceModel,
    @Args() filter: ConferenceSessionsArgs,
    @Context() ctx: Ctx,
  ): Promise<SessionModel[]> {
    const programme = await this.programme(c, ctx);
    return programme ? filterAgenda(programme, filter).map((s) => s.model) : [];
  }

  @ResolveField(() => [SpeakerModel], {
    description:
      'Everyone who spoke, chaired or sat on a panel, by name (then id); paged by `first` and `after`',
  })
  async speakers(
    @Parent() c: ConferenceModel,
    @Args() { first, after }: PageArgs,
    @Context() ctx: Ctx,
  ): Promise<readonly SpeakerModel[]> {
    const speakers = (await this.programme(c, ctx))?.speakers ?? [];
    if (!isGiven(first) && !isGiven(after)) return speakers;
    return pageInMemory(speakers, { first, after: afterKey(after, decodeSpeakerCursor) }, speakerOrderKey);
  }

  @ResolveField(() => [RoomModel], { description: 'The rooms its programme uses, by name' })
  async rooms(@Parent() c: ConferenceModel, @Context() ctx: Ctx): Promise<readonly RoomModel[]> {
    return (await this.programme(c, ctx))?.roomModels ?? [];
  }

  @ResolveField(() => [TrackModel], { description: 'The themes of its sessions' })
  async tracks(@Parent() c: ConferenceModel, @Context() ctx: Ctx): Promise<readonly TrackModel[]> {
    return (await this.programme(c, ctx))?.themes ?? [];
  }
}
