import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import type { GraphQLContext } from '../common/graphql-context';
import { renderMarkdown } from '../common/markdown/render-markdown';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { sortAgenda } from '../sessions/agenda-order';
import { SessionModel, toSessionModel } from '../sessions/models/session.model';
import { SpeakerModel, toSpeakerModel } from '../speakers/models/speaker.model';
import { RoundupModel, toRoundupModel } from './models/roundup.model';
import { RoundupsService } from './roundups.service';

@Resolver(() => RoundupModel)
export class RoundupsResolver {
  constructor(private readonly service: RoundupsService) {}

  @Query(() => RoundupModel, {
    nullable: true,
    description: 'A published write-up by id; null when there is none',
  })
  async roundup(@Args() { id }: IdArgs): Promise<RoundupModel | null> {
    const r = await this.service.findPublished(id);
    return r ? toRoundupModel(r) : null;
  }

  @ResolveField(() => String, { description: 'The body rendered from Markdown and sanitised' })
  bodyHtml(@Parent() r: RoundupModel): string {
    return renderMarkdown(r.bodyMarkdown);
  }

  @ResolveField(() => ConferenceModel)
  async conference(@Parent() r: RoundupModel, @Context() ctx: GraphQLContext): Promise<ConferenceModel> {
    const c = await ctx.loaders.conference.load(r.conferenceId);
    if (!c) throw new Error(`roundup ${r.id} has no conference`);
    return toConferenceModel(c);
  }

  @ResolveField(() => [SessionModel], { description: 'Sessions it mentions, in agenda order' })
  async sessions(@Parent() r: RoundupModel, @Context() ctx: GraphQLContext): Promise<SessionModel[]> {
    return sortAgenda(await ctx.loaders.sessionsByRoundup.load(r.id)).map(toSessionModel);
  }

  @ResolveField(() => [SpeakerModel], { description: 'Speakers it mentions, by name' })
  async speakers(@Parent() r: RoundupModel, @Context() ctx: GraphQLContext): Promise<SpeakerModel[]> {
    return (await ctx.loaders.speakersByRoundup.load(r.id))
      .map(toSpeakerModel)
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
