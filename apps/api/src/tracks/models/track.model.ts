import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TrackEntity } from '../track.entity';

@ObjectType('Track', { description: 'A theme shared across conferences (SEND, funding, safeguarding…)' })
export class TrackModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
}

export const toTrackModel = (e: TrackEntity): TrackModel => ({ id: e.id, slug: e.slug, name: e.name });
