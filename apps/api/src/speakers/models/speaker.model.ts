import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SpeakerEntity } from '../speaker.entity';

@ObjectType('Speaker')
export class SpeakerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Titles used with the name: "Rt Hon", "MP", "CBE"…' })
  honorifics!: string[];
  @Field(() => String, { nullable: true, description: 'Their most recent role as the sources give it' })
  role!: string | null;
  organisationId!: string | null;
  sourceRoundupId!: string | null;
}

export const toSpeakerModel = (e: SpeakerEntity): SpeakerModel => ({
  id: e.id,
  name: e.name,
  honorifics: e.honorifics ?? [],
  role: e.role,
  organisationId: e.organisationId,
  sourceRoundupId: e.sourceRoundupId,
});
