import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationEntity } from '../organisation.entity';

@ObjectType('Organisation', {
  description: 'A body that runs conferences or employs speakers (ADCS, ADASS, a council…)',
})
export class OrganisationModel {
  @Field(() => ID, { description: 'Its id' }) id!: string;
  @Field({ description: 'Its name' }) name!: string;
}

export const toOrganisationModel = (e: OrganisationEntity): OrganisationModel => ({ id: e.id, name: e.name });
