import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConferenceSeries } from '../../common/graphql-enums';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import type { ConferenceEntity } from '../conference.entity';

@ObjectType('Conference', { description: 'One edition of NCASC or the ADCS Annual Conference' })
export class ConferenceModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  @Field({ description: 'ncasc-YYYY or adcs-YYYY' }) slug!: string;
  @Field({ description: 'Its name, e.g. "NCASC 2018"' }) name!: string;
  @Field(() => ConferenceSeries, { description: 'Which series it belongs to' }) series!: ConferenceSeries;
  @Field(() => Int, { description: 'The year it is held' }) year!: number;
  @Field(() => String, { nullable: true, description: 'Null when no source gives it' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when no source gives it' }) venue!: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Its first day (local date); null when no source gives it',
  })
  startsOn!: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Its last day (local date); null when no source gives it',
  })
  endsOn!: string | null;
  @Field({ description: 'IANA zone of the conference; times are shown in it' }) timezone!: string;
  @Field(() => String, { nullable: true, description: 'Its hashtag, e.g. #NCASC18; null when none is known' })
  hashtag!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the dates and place come from, for organisers to check',
  })
  sourceEvidence!: string | null;
  @Field(() => [String], { description: 'Facts the sources do not give, left empty on purpose' })
  leftEmpty!: string[];
  @Field({
    description:
      'False for a new edition until its programme is first published: only organisers see it then',
  })
  isPublished!: boolean;
}

export const toConferenceModel = (e: ConferenceEntity): ConferenceModel => ({
  id: e.id,
  slug: e.slug,
  name: e.name,
  series: e.series,
  year: e.year,
  city: e.city,
  venue: e.venue,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  timezone: e.timezone,
  hashtag: e.hashtag,
  sourceEvidence: e.sourceEvidence,
  leftEmpty: e.leftEmpty ?? [],
  isPublished: e.publishedAt !== null,
});
