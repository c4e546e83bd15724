import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs } from '../common/graphql/paging';
import type { GraphQLContext } from '../accounts/graphql-context';
import type { ProgrammeReader } from './published/published-programme.service';
import { ConferenceModel } from '../conferences/models/conference.model';
import { SpeakerModel } from '../speakers/models/speaker.model';
import { SessionModel, SessionParticipantModel } from './models/session.model';
import { pageOfSessions, speakerAppearances } from './published/across-years';

type Ctx = GraphQLContext<{ programme: ProgrammeReader }>;

/** A speaker's record across conferences, from the published programme. */
@Resolver(() => SpeakerModel)
export class SpeakerAppearancesResolver {
  @ResolveField(() => [SessionModel], {
    description:
      'Every session they took part in, across all conferences, oldest first (all, or a page: `first` after `after`)',
  })
  async sessions(
    @Parent() s: SpeakerModel,
    @Args() page: PageArgs,
    @Context() ctx: Ctx,
  ): Promise<SessionModel[]> {
    return pageOfSessions(await speakerAppearances(ctx.loaders.programme, s.id), page).map((x) => x.model);
  }

  @ResolveField('appearances', () => [SessionParticipantModel], {
    description: 'Their sessions with their part in each, oldest first',
  })
  async appearancesField(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<SessionParticipantModel[]> {
    return (await speakerAppearances(ctx.loaders.programme, s.id)).flatMap((x) =>
      x.model.participants.filter((p) => p.speakerId === s.id),
    );
  }

  @ResolveField(() => [ConferenceModel], { description: 'The conferences they spoke at, oldest first' })
  async conferences(@Parent() s: SpeakerModel, @Context() ctx: Ctx): Promise<ConferenceModel[]> {
    const seen = new Map<string, ConferenceModel>();
    for (const x of await speakerAppearances(ctx.loaders.programme, s.id))
      seen.set(x.model.conference.id, x.model.conference);
    return [...seen.values()];
  }
}
