import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TrackEntity } from '../track.entity';

@ObjectType('Track', { description: 'A theme shared across conferences (SEND, funding, safeguarding…)' })
export class TrackModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  @Field({ description: 'Its slug, e.g. mental-health (never changes)' }) slug!: string;
  @Field({ description: 'Its name, e.g. "Mental health"' }) name!: string;
}

export const toTrackModel = (e: TrackEntity): TrackModel => ({ id: e.id, slug: e.slug, name: e.name });
