import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import type { Loaders } from '../../common/dataloaders/loaders';
import type { RoundupEntity } from '../roundup.entity';

@ObjectType('Roundup', { description: 'A write-up of a conference: round-up, preview or press report' })
export class RoundupModel {
  @Field(() => ID) id!: string;
  conferenceId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) author!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) publishedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the original appeared, e.g. "ADCS blog"' })
  publication!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For seeded write-ups: the captured post it was read from',
  })
  sourceFile!: string | null;
  @Field() bodyMarkdown!: string;
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
});

/** The write-up with this id as a model, or null (no id, or none such). */
export async function loadRoundupModel(loaders: Loaders, id: string | null): Promise<RoundupModel | null> {
  if (!id) return null;
  const r = await loaders.roundup.load(id);
  return r ? toRoundupModel(r) : null;
}
