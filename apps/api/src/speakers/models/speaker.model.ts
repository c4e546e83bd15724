import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../../organisations/models/organisation.model';
import type { SpeakerEntity } from '../speaker.entity';

@ObjectType('Speaker')
export class SpeakerModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Titles used with the name: "Rt Hon", "MP", "CBE"…' })
  honorifics!: string[];
  @Field(() => String, { nullable: true, description: 'Their most recent role as the sources give it' })
  role!: string | null;
  @Field(() => String, { nullable: true, description: 'The organisation they were last listed with' })
  organisation!: string | null;
  @Field(() => OrganisationModel, { nullable: true })
  organisationRef!: OrganisationModel | null;
  organisationId!: string | null;
  sourceRoundupId!: string | null;
}

/** A speaker as the API gives them, with their organisation (null when none is given). */
export const toSpeakerModel = (e: SpeakerEntity, organisation: OrganisationModel | null): SpeakerModel => ({
  id: e.id,
  name: e.name,
  honorifics: e.honorifics ?? [],
  role: e.role,
  organisationId: e.organisationId,
  sourceRoundupId: e.sourceRoundupId,
  organisation: organisation?.name ?? null,
  organisationRef: organisation,
});
