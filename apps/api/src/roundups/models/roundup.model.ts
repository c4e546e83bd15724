import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import type { RoundupsLoaders } from '../roundups.loaders';
import { type RoundupEntity, RoundupStatus } from '../roundup.entity';
import { MentionKind, MentionStatus } from '../roundup-mention.entity';

registerEnumType(RoundupStatus, {
  name: 'RoundupStatus',
  description: 'Drafts are seen only by staff',
  valuesMap: {
    DRAFT: { description: 'Being written; seen by staff and organisers only' },
    PUBLISHED: { description: 'Public' },
  },
});
registerEnumType(MentionStatus, {
  name: 'MentionStatus',
  description: 'Suggested by matching the text; confirmed or removed by staff (publishing confirms the rest)',
  valuesMap: {
    SUGGESTED: { description: 'Found by matching the text, not yet checked' },
    CONFIRMED: { description: 'Checked by staff, or confirmed by publishing' },
    REMOVED: { description: 'Taken off by staff' },
  },
});

@ObjectType('Roundup', { description: 'A write-up of a conference: round-up, preview or press report' })
export class RoundupModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  conferenceId!: string;
  @Field({ description: 'Its title' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Who wrote it; null when not known' }) author!:
    string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was published; null when not known' })
  publishedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the original appeared, e.g. "ADCS blog"' })
  publication!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For seeded write-ups: the captured post it was read from',
  })
  sourceFile!: string | null;
  @Field({ description: 'Its text as Markdown (bodyHtml has it rendered)' }) bodyMarkdown!: string;
  @Field(() => RoundupStatus, { description: 'Draft or published' }) status!: RoundupStatus;
  @Field({ description: 'When it was last changed' }) updatedAt!: Date;
}

@ObjectType('Mention', {
  description: 'A speaker or session a write-up names. Only CONFIRMED mentions are public links.',
})
export class MentionModel {
  @Field(() => MentionKind, { description: 'Whether it names a session or a speaker' }) kind!: MentionKind;
  @Field(() => MentionStatus, { description: 'Suggested, confirmed or removed' }) status!: MentionStatus;
  @Field(() => String, {
    nullable: true,
    description: 'The words of the text that matched, e.g. "Amanda Spielman"; null when none',
  })
  matchedText!: string | null;
  @Field(() => String, { nullable: true, description: 'The sentence around the first match, plain text' })
  excerpt!: string | null;
  /** The speaker's or session's id (resolved to `speaker` or `session`). */
  targetId!: string;
}

@ObjectType('RoundupPreview', { description: 'How a write-up body would read, and what it would link' })
export class RoundupPreviewModel {
  @Field({ description: 'Rendered and sanitised; suggested mentions are links' }) bodyHtml!: string;
  @Field(() => [MentionModel], { description: 'What saving this text would suggest' })
  mentions!: MentionModel[];
}

export const toRoundupModel = (e: RoundupEntity): RoundupModel => ({
  id: e.id,
  conferenceId: e.conferenceId,
  title: e.title,
  author: e.author,
  publishedOn: e.publishedOn,
  publication: e.publication,
  sourceFile: e.sourceFile,
  bodyMarkdown: e.bodyMarkdown,
  status: e.status,
  updatedAt: e.updatedAt,
});

/** The published write-up with this id as a model, or null (no id, none such, or a draft). */
export async function loadRoundupModel(
  loaders: RoundupsLoaders,
  id: string | null,
): Promise<RoundupModel | null> {
  if (!id) return null;
  const r = await loaders.byId.load(id);
  // a write-up staff have taken back to draft is not public, even as a source
  return r && r.status === RoundupStatus.PUBLISHED ? toRoundupModel(r) : null;
}
