import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import type { GraphQLContext } from '../accounts/graphql-context';
import { renderMarkdown } from './markdown/render-markdown';
import { ConferenceModel, toConferenceModel } from '../conferences/models/conference.model';
import { acrossYears } from '../sessions/published/across-years';
import type { ProgrammeLoaders } from '../sessions/sessions.loaders';
import { SessionModel } from '../sessions/models/session.model';
import { SpeakerModel } from '../speakers/models/speaker.model';
import {
  CreateRoundupInput,
  ImportRoundupInput,
  IncludeDraftsArgs,
  MentionInput,
  PreviewRoundupArgs,
  UpdateRoundupArgs,
} from './dto/roundup.input';
import { MentionModel, RoundupModel, RoundupPreviewModel, toRoundupModel } from './models/roundup.model';
import { MentionKind, MentionStatus } from './roundup-mention.entity';
import type { Mention, RoundupsLoaders } from './roundups.loaders';
import { mentionHref, mentionText, RoundupsService } from './roundups.service';
import { isWriter, WRITERS } from './writers';

type Ctx = GraphQLContext<
  Pick<ProgrammeLoaders, 'conferences' | 'programme' | 'speakers'> & { roundups: RoundupsLoaders }
>;

const toMentionModel = (m: Pick<Mention, 'kind' | 'targetId' | 'status' | 'matchedText' | 'excerpt'>) => ({
  kind: m.kind,
  targetId: m.targetId,
  status: m.status,
  matchedText: m.matchedText,
  excerpt: m.excerpt,
});

@Resolver(() => RoundupModel)
export class RoundupsResolver {
  constructor(private readonly service: RoundupsService) {}

  @Query(() => RoundupModel, {
    nullable: true,
    description:
      'A write-up by id: published ones for everyone, drafts for STAFF and ORGANISER; null when none',
  })
  async roundup(@Args() { id }: IdArgs, @Context() ctx: Ctx): Promise<RoundupModel | null> {
    const r = await this.service.findVisible(id, Boolean(await isWriter(ctx)));
    return r ? toRoundupModel(r) : null;
  }

  @Query(() => RoundupPreviewModel, {
    description:
      'STAFF/ORGANISER: a body rendered as it would be published, with the mentions it would suggest',
  })
  async previewRoundup(
    @Args() { conferenceSlug, body }: PreviewRoundupArgs,
    @Context() ctx: Ctx,
  ): Promise<RoundupPreviewModel> {
    await ctx.auth.requireRole(...WRITERS);
    const { html, matches } = await this.service.preview(conferenceSlug, body);
    return {
      bodyHtml: html,
      mentions: matches.map((m) =>
        toMentionModel({
          kind: m.kind,
          targetId: m.targetId,
          status: MentionStatus.SUGGESTED,
          matchedText: m.matchedText,
          excerpt: m.excerpt,
        }),
      ),
    };
  }

  @Mutation(() => RoundupModel, { description: 'STAFF/ORGANISER: a new draft; its mentions are suggested' })
  async createRoundup(
    @Args('input', { description: 'The new write-up' }) input: CreateRoundupInput,
    @Context() ctx: Ctx,
  ): Promise<RoundupModel> {
    await ctx.auth.requireRole(...WRITERS);
    return toRoundupModel(await this.service.create(input));
  }

  @Mutation(() => RoundupModel, {
    description:
      'STAFF/ORGANISER: a new draft from a plain-text post (title line, paragraphs, author/date lines)',
  })
  async importRoundup(
    @Args('input', { description: 'The conference and the post as plain text' }) input: ImportRoundupInput,
    @Context() ctx: Ctx,
  ): Promise<RoundupModel> {
    await ctx.auth.requireRole(...WRITERS);
    return toRoundupModel(await this.service.importPost(input.conferenceSlug, input.text));
  }

  @Mutation(() => RoundupModel, { description: 'STAFF/ORGANISER: edits a write-up; mentions are read again' })
  async updateRoundup(@Args() { id, input }: UpdateRoundupArgs, @Context() ctx: Ctx): Promise<RoundupModel> {
    await ctx.auth.requireRole(...WRITERS);
    return toRoundupModel(await this.service.update(id, input));
  }

  @Mutation(() => RoundupModel, {
    description: 'STAFF/ORGANISER: makes a write-up public, confirming the mentions still suggested',
  })
  async publishRoundup(@Args() { id }: IdArgs, @Context() ctx: Ctx): Promise<RoundupModel> {
    await ctx.auth.requireRole(...WRITERS);
    return toRoundupModel(await this.service.publish(id));
  }

  @Mutation(() => RoundupModel, { description: 'STAFF/ORGANISER: takes a write-up back to draft' })
  async unpublishRoundup(@Args() { id }: IdArgs, @Context() ctx: Ctx): Promise<RoundupModel> {
    await ctx.auth.requireRole(...WRITERS);
    return toRoundupModel(await this.service.unpublish(id));
  }

  @Mutation(() => ID, { description: 'STAFF/ORGANISER: deletes a write-up and its mentions; answers its id' })
  async deleteRoundup(@Args() { id }: IdArgs, @Context() ctx: Ctx): Promise<string> {
    await ctx.auth.requireRole(...WRITERS);
    return this.service.delete(id);
  }

  @Mutation(() => RoundupModel, { description: 'STAFF/ORGANISER: confirms a mention (or links one by hand)' })
  async confirmMention(
    @Args('input', { description: 'The write-up and the session or speaker it mentions' })
    { roundupId, kind, targetId }: MentionInput,
    @Context() ctx: Ctx,
  ): Promise<RoundupModel> {
    await ctx.auth.requireRole(...WRITERS);
    return toRoundupModel(
      await this.service.setMentionStatus(roundupId, kind, targetId, MentionStatus.CONFIRMED),
    );
  }

  @Mutation(() => RoundupModel, {
    description: 'STAFF/ORGANISER: removes a mention; it is not suggested again for this write-up',
  })
  async removeMention(
    @Args('input', { description: 'The write-up and the session or speaker it mentions' })
    { roundupId, kind, targetId }: MentionInput,
    @Context() ctx: Ctx,
  ): Promise<RoundupModel> {
    await ctx.auth.requireRole(...WRITERS);
    return toRoundupModel(
      await this.service.setMentionStatus(roundupId, kind, targetId, MentionStatus.REMOVED),
    );
  }

  @ResolveField(() => String, {
    description:
      'The body rendered from Markdown and sanitised; the first mention of each confirmed link is a link',
  })
  async bodyHtml(@Parent() r: RoundupModel, @Context() ctx: Ctx): Promise<string> {
    const mentions = await ctx.loaders.roundups.mentions.load(r.id);
    const confirmed = new Set(
      mentions.filter((m) => m.status === MentionStatus.CONFIRMED).map((m) => `${m.kind}:${m.targetId}`),
    );
    // the matcher (the conference's speakers and sessions) only when there is a link to make
    if (!confirmed.size) return renderMarkdown(r.bodyMarkdown);
    const matcher = await ctx.loaders.roundups.matcher.load(r.conferenceId);
    return renderMarkdown(r.bodyMarkdown, (text) =>
      matcher
        .findAll(text)
        .filter((h) => confirmed.has(`${h.kind}:${h.targetId}`))
        .map((h) => ({
          index: h.index,
          length: h.matchedText.length,
          href: mentionHref(h.kind, h.targetId),
        })),
    );
  }

  @ResolveField(() => ConferenceModel, { description: 'The conference it writes up' })
  async conference(@Parent() r: RoundupModel, @Context() ctx: Ctx): Promise<ConferenceModel> {
    const c = await ctx.loaders.conferences.byId.load(r.conferenceId);
    if (!c) throw new Error(`roundup ${r.id} has no conference`);
    return toConferenceModel(c);
  }

  @ResolveField(() => [SessionModel], { description: 'Sessions it mentions (confirmed), in agenda order' })
  async sessions(@Parent() r: RoundupModel, @Context() ctx: Ctx): Promise<SessionModel[]> {
    const rows = await ctx.loaders.roundups.sessions.load(r.id);
    return acrossYears(await ctx.loaders.programme.sessionsOfRows(rows)).map((s) => s.model);
  }

  @ResolveField(() => [SpeakerModel], { description: 'Speakers it mentions (confirmed), by name' })
  async speakers(@Parent() r: RoundupModel, @Context() ctx: Ctx): Promise<SpeakerModel[]> {
    const rows = await ctx.loaders.roundups.speakers.load(r.id);
    return (await ctx.loaders.speakers.models(rows)).sort((a, b) => a.name.localeCompare(b.name));
  }

  @ResolveField(() => [MentionModel], {
    description: 'STAFF/ORGANISER: every mention with its status, in the order the text names them',
  })
  async mentions(@Parent() r: RoundupModel, @Context() ctx: Ctx): Promise<MentionModel[]> {
    await ctx.auth.requireRole(...WRITERS);
    const text = mentionText(r);
    // where each is first named, found once per mention (not once per comparison)
    const placed = (await ctx.loaders.roundups.mentions.load(r.id)).map((m) => {
      const i = m.matchedText ? text.indexOf(m.matchedText) : -1;
      return { m, at: i < 0 ? Number.MAX_SAFE_INTEGER : i };
    });
    return placed.sort((a, b) => a.at - b.at).map(({ m }) => toMentionModel(m));
  }
}

@Resolver(() => MentionModel)
export class MentionsResolver {
  @ResolveField(() => SpeakerModel, { nullable: true, description: 'Set when kind is SPEAKER' })
  async speaker(@Parent() m: MentionModel, @Context() ctx: Ctx): Promise<SpeakerModel | null> {
    if (m.kind !== MentionKind.SPEAKER) return null;
    const s = await ctx.loaders.speakers.byId.load(m.targetId);
    return s ? (await ctx.loaders.speakers.models([s]))[0] : null;
  }

  @ResolveField(() => SessionModel, { nullable: true, description: 'Set when kind is SESSION' })
  async session(@Parent() m: MentionModel, @Context() ctx: Ctx): Promise<SessionModel | null> {
    if (m.kind !== MentionKind.SESSION) return null;
    const s = await ctx.loaders.programme.session(m.targetId);
    return s ? s.model : null;
  }
}

@Resolver(() => ConferenceModel)
export class ConferenceRoundupsResolver {
  constructor(private readonly service: RoundupsService) {}

  @ResolveField(() => [RoundupModel], {
    description:
      'Published write-ups of this conference, by date; includeDrafts (STAFF/ORGANISER) adds drafts',
  })
  async roundups(
    @Parent() c: ConferenceModel,
    @Args() { includeDrafts }: IncludeDraftsArgs,
    @Context() ctx: Ctx,
  ): Promise<RoundupModel[]> {
    if (includeDrafts) {
      await ctx.auth.requireRole(...WRITERS);
      return (await this.service.allOfConference(c.id)).map(toRoundupModel);
    }
    return (await ctx.loaders.roundups.byConference.load(c.id)).map(toRoundupModel);
  }
}
